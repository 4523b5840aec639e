// Serves an older project through the bridge and holds its upgrade half way, until the process is
// killed: how the interrupted-upgrade test (tests/engine/server-upgrade.test.ts) ends a bridge in
// the middle of an upgrade, as a person closing it or a crash would. Prints "held" once it waits.
//   node tests/support/serve-held.ts PROJECT
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer } from '../../core/server/index.ts';

const [project] = process.argv.slice(2);
if (!project) throw new Error('usage: node tests/support/serve-held.ts PROJECT');
await startServer({
  dbPath: project,
  port: 0,
  staticDir: join(tmpdir(), 'no-ui'),
  onUpgrade: (done, total) => {
    if (done * 2 !== total) return;
    process.stdout.write('held\n');
    return new Promise<void>(() => {});
  },
});
