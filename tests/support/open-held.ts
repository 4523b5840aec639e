// Opens an older project from an engine's window call (`project.open`) and holds its upgrade half
// way until the process is killed: how tests/engine/open-upgrade.test.ts ends the desktop app or a
// bridge in the middle of an upgrade a person started with Open…, as closing it or a crash would.
// Prints "held" once the upgrade waits and a call on the project still open has been answered
// meanwhile, "not held" if the open finished first.
//   node tests/support/open-held.ts FIRST-PROJECT OLD-PROJECT
import { Engine } from '../../core/engine/engine.ts';

const [first, old] = process.argv.slice(2);
if (!first || !old) throw new Error('usage: node tests/support/open-held.ts FIRST-PROJECT OLD-PROJECT');
let halfWay!: () => void;
const reached = new Promise<void>((resolve) => (halfWay = resolve));
const engine = new Engine(first, {
  onUpgrade: (done, total) => {
    if (done * 2 !== total) return;
    halfWay();
    return new Promise<void>(() => {});
  },
});
let opened = false;
void engine.call('project.open', [old]).then(() => (opened = true));
await reached;
const info = await engine.call('project.info', []);
process.stdout.write(info.ok && !opened ? 'held\n' : 'not held\n');
