const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Text from a file's bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; bytes that are not
 * valid UTF-8 go to `decodeInvalid`, by default Windows-1252, which is what browsers assume.
 */
export function decodeText(
  bytes: Uint8Array,
  decodeInvalid: (bytes: Uint8Array) => string = (b) => windows1252.decode(b),
): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeInvalid(bytes);
  }
}
