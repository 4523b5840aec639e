import { exportArticles, type ExportFormat } from '../../export.ts';
import { openForCommand } from '../project.ts';
import { plural, type Output } from '../output.ts';
import { withEngine } from './engine.ts';

export interface ExportCommandOptions {
  db?: string;
  format: ExportFormat | 'tidy' | 'qdpx';
  out: string;
}

export async function exportCommand(options: ExportCommandOptions, output: Output): Promise<number> {
  if (options.format === 'qdpx')
    return withEngine(options.db, 'read', output, async (engine) => {
      const done = await engine.invoke('exchange.exportQdpx', options.out);
      output.out(
        `Exported ${plural(done.sources, 'article')}, ${plural(done.codes, 'code')}, ${plural(done.codings, 'coding')} ` +
          `by ${plural(done.users, 'user')} and ${plural(done.memos, 'memo')} to ${done.path} (REFI-QDA).\n`,
      );
      return 0;
    });
  if (options.format === 'tidy')
    return withEngine(options.db, 'read', output, async (engine) => {
      const done = await engine.invoke('exchange.exportTidy', options.out);
      output.out(`Wrote ${plural(done.files.length, 'table')} to ${done.folder}:\n`);
      for (const file of done.files) output.out(`  ${file.table}.csv  ${plural(file.rows, 'row')}\n`);
      return 0;
    });
  const { db } = openForCommand(options.db, 'read', output);
  try {
    const count = exportArticles(db, options.format, options.out);
    output.out(`Exported ${plural(count, 'article')} to ${options.out} (${options.format.toUpperCase()}).\n`);
    return 0;
  } finally {
    db.close();
  }
}
