import { createHash } from 'node:crypto';

// Stable GUIDs for REFI-QDA: the same codebook, code, coder or coding gets the same GUID in every
// export, from any copy of a project, so that files exported by several coders line up when they
// come back in. Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name).

const NAMESPACE = Buffer.from('5f0b7e9e3c0a4b8f9d2f6a1c7e4b2d10', 'hex');

export function nameGuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const codebookGuid = (key: string) => nameGuid(`codebook:${key}`);
export const codeGuid = (codebookKey: string, codeKey: string) => nameGuid(`code:${codebookKey}/${codeKey}`);
export const coderGuid = (name: string) => nameGuid(`coder:${name}`);
export const variableGuid = (name: string) => nameGuid(`variable:${name}`);
/** The user whose codings are the machine's suggestions. */
export const MACHINE_USER_GUID = nameGuid('user:framescope-suggestions');
export const MACHINE_USER_NAME = 'Framescope (suggestions)';

/** GUIDs as written in a file: braces and case vary between tools. */
export function plainGuid(guid: string): string {
  return guid.replace(/[{}]/g, '').toLowerCase();
}
