import { exportArticles, type ExportFormat } from '../../export.ts';
import { openForCommand } from '../project.ts';
import { plural, type Output } from '../output.ts';

export interface ExportCommandOptions {
  db?: string;
  format: ExportFormat;
  out: string;
}

export function exportCommand(options: ExportCommandOptions, output: Output): number {
  const { db } = openForCommand(options.db, 'read');
  try {
    const count = exportArticles(db, options.format, options.out);
    output.out(`Exported ${plural(count, 'article')} to ${options.out} (${options.format.toUpperCase()}).\n`);
    return 0;
  } finally {
    db.close();
  }
}
