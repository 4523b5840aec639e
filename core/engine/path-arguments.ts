// The methods of the contract whose arguments name files on this computer. A window may not pass
// such names freely: the Electron shell accepts only what the user picked in its own dialogs, the
// browser bridge only what lies in the folders the person who started it allowed.

const NAMED_BY_FIRST_ARGUMENT = new Set([
  'project.open',
  'project.create',
  'project.saveCopy',
  'project.merge',
  'project.saveStudentsCopy',
  'exchange.exportQdpx',
  'exchange.importQdpx',
  'exchange.exportTidy',
]);

/** The file names a call carries, or null when the method takes none. */
export function pathsInCall(method: string, args: unknown): string[] | null {
  const list = Array.isArray(args) ? (args as unknown[]) : [];
  if (method === 'import.paths') {
    const paths = list[0];
    return Array.isArray(paths) ? paths.map(String) : [];
  }
  if (NAMED_BY_FIRST_ARGUMENT.has(method)) return list.length > 0 ? [String(list[0])] : [];
  return null;
}

/** A call with its file names replaced (the shell swaps the tokens it handed out for the real paths). */
export function withPaths(method: string, args: unknown, replace: (name: string) => string): unknown[] {
  const list = Array.isArray(args) ? [...(args as unknown[])] : [];
  if (method === 'import.paths' && Array.isArray(list[0]))
    list[0] = (list[0] as unknown[]).map((name) => replace(String(name)));
  else if (NAMED_BY_FIRST_ARGUMENT.has(method) && list.length > 0) list[0] = replace(String(list[0]));
  return list;
}
