// Imported first by the reading thread (parse-worker.ts): the warnings its libraries print about
// damaged files (pdf.js, Readability) are not for the user's terminal, so the thread's output goes
// nowhere. Silenced here rather than read and dropped by the importer, which kept the process alive.
const nowhere = (): boolean => true;
process.stdout.write = nowhere;
process.stderr.write = nowhere;
