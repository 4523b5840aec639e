// What a file that failed as the format its extension names seems to be instead, from its first
// bytes, so that the reason can say what to do (rename it, save it again) and not only what failed.

export type Kind = 'pdf' | 'zip' | 'markup' | 'json' | 'text' | 'binary';

const EXTENSION: Record<Exclude<Kind, 'binary' | 'zip'>, string> = {
  pdf: 'a PDF: give it the extension .pdf',
  markup: 'a web page or a feed: give it the extension .html or .xml',
  json: 'JSON: give it the extension .json',
  text: 'plain text: give it the extension .txt',
};

/** The kind of content the bytes start with. */
export function sniff(bytes: Uint8Array): Kind {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.includes(0)) return 'binary';
  if (start.startsWith('<')) return 'markup';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  // Mostly printable characters (UTF-8 decodes without replacement characters) is text.
  return start.includes('\uFFFD') ? 'binary' : 'text';
}

/**
 * The reason for a file that is not the format its extension names: what it seems to be and the
 * extension to give it, or the `otherwise` reason when it is damaged or unknown.
 */
export function wrongKindReason(bytes: Uint8Array, expected: Kind, otherwise: string): string | null {
  const kind = sniff(bytes);
  if (kind === expected || kind === 'binary' || kind === 'zip') return null;
  return `${otherwise}: it holds ${EXTENSION[kind]}`;
}
