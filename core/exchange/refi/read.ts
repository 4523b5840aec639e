import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { SIDECAR, type Sidecar } from './sidecar.ts';

// Reading a .qdpx (or a bare .qde project file): the project XML parsed into plain objects, the
// sources' texts, and Framescope's sidecar when the file came from Framescope.

export class QdpxError extends Error {
  override name = 'ImportFileError';
}

export type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'VariableValue',
]);

export interface QdpxFile {
  project: XmlNode;
  /** The text of a source stored in the archive, by its path inside it. */
  readText(path: string): Promise<string | undefined>;
  sidecar: Sidecar | null;
}

export async function readQdpx(name: string, bytes: Uint8Array): Promise<QdpxFile> {
  let xml: string;
  let zip: JSZip | null = null;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw new QdpxError(`${name} is not a readable .qdpx archive (${(error as Error).message}).`);
    }
    const qde = Object.values(zip.files).find((file) => !file.dir && /^[^/]+\.qde$/i.test(file.name));
    if (!qde) throw new QdpxError(`${name} holds no project file (project.qde); is it a REFI-QDA project?`);
    xml = await qde.async('string');
  } else {
    xml = new TextDecoder().decode(bytes);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Numeric character references (&#13; for a carriage return) are decoded too.
    htmlEntities: true,
    isArray: (tag) => REPEATED.has(tag),
  });
  let parsed: XmlNode;
  try {
    parsed = parser.parse(xml, true) as XmlNode;
  } catch (error) {
    throw new QdpxError(`${name}: the project file is not well-formed XML (${(error as Error).message}).`);
  }
  const project = parsed.Project as XmlNode | undefined;
  if (!project || typeof project !== 'object')
    throw new QdpxError(`${name}: the project file has no <Project> element; is it a REFI-QDA project?`);
  let sidecar: Sidecar | null = null;
  const sidecarFile = zip?.file(SIDECAR);
  if (sidecarFile) {
    try {
      const parsedSidecar = JSON.parse(await sidecarFile.async('string')) as Sidecar;
      if (parsedSidecar.format === 'framescope-refi-sidecar' && parsedSidecar.version === 1)
        sidecar = parsedSidecar;
    } catch {
      sidecar = null; // a damaged sidecar only costs Framescope's extras; the standard part still imports
    }
  }
  return {
    project,
    sidecar,
    readText: async (path) => {
      const file = zip?.file(path) ?? zip?.file(path.replace(/^\/+/, ''));
      return file ? await file.async('string') : undefined;
    },
  };
}

/** An element's children of one name, always as a list. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null || value === '') return [];
  const items: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.map((item) => (typeof item === 'object' ? (item as XmlNode) : { '#text': item }));
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An element's text content ('' when empty). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'object') {
    return scalar((node as XmlNode)['#text']);
  }
  return scalar(node);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[name];
  return typeof value === 'string' ? value : undefined;
}
