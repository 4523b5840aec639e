// Stops with a sentence, not a segfault: better-sqlite3 13 needs Node-API 10 (Node 22+),
// and Framescope's TypeScript runs through Node's type stripping (Node 22.18+).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Framescope needs Node.js 22.18 or newer, but this is Node ${process.versions.node}.\n` +
      'In the Framescope folder run "source .ci/node.sh" (it installs a pinned Node 24 if needed), ' +
      'or use "npm start" / "npm test", which do that for you.\n',
  );
  process.exit(1);
}
