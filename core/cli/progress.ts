import { basename } from 'node:path';
import type { ImportEvent } from '../import/pipeline.ts';
import { plural, truncate, type Output } from './output.ts';

const BAR_WIDTH = 24;
/** On a pipe, a line per file would flood a log when one file holds thousands of articles. */
const PLAIN_EVERY_ARTICLES = 10_000;

/** Renders import progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise. */
export function importProgress(output: Output): { onEvent: (event: ImportEvent) => void; done: () => void } {
  let files = 0;
  let filesDone = 0;
  let currentFile = '';
  let imported = 0;
  let drawn = false;
  let lastDraw = 0;

  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < 80) return;
    lastDraw = now;
    const share = files === 0 ? 1 : filesDone / files;
    const filled = Math.round(share * BAR_WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] file ${Math.min(filesDone + 1, files)} of ${files} · ${plural(imported, 'article')} · ${currentFile}`;
    output.err(`\r${truncate(line, output.columns - 1).padEnd(output.columns - 1)}`);
    drawn = true;
  };

  const onEvent = (event: ImportEvent) => {
    switch (event.type) {
      case 'start':
        files = event.files;
        break;
      case 'file':
        filesDone = event.index;
        currentFile = basename(event.file);
        if (output.errIsTty) draw(true);
        else if (files > 1) output.err(`Importing ${event.index + 1}/${files}: ${event.file}\n`);
        break;
      case 'article':
        imported = event.imported;
        if (output.errIsTty) draw();
        else if (imported % PLAIN_EVERY_ARTICLES === 0)
          output.err(`  ${plural(imported, 'article')} imported\n`);
        break;
      case 'duplicate':
      case 'failure':
        break;
    }
  };
  const done = () => {
    if (drawn) {
      output.err(`\r${' '.repeat(output.columns - 1)}`);
      output.err('\r');
    }
  };
  return { onEvent, done };
}
