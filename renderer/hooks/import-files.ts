import { call } from '../api/client.ts';
import { mutate } from '../api/freshness.ts';
import type { ImportResult, UploadedFile } from '../api/contract.ts';
import { importReports, type ImportTally } from './tasks.ts';
import { showToast } from './toast.ts';

// Import from the window: files chosen or dropped are read here and sent to the engine as base64,
// in batches small enough for one request each (the bridge takes at most 8 MB a call); a file larger
// than one part goes ahead in parts (`import.stage`) and the batch then names it.

export const IMPORT_FORMATS = [
  ['.txt, .md', 'plain text'],
  ['.html, .htm', 'saved web pages'],
  ['.csv, .tsv', 'one row per article'],
  ['.json, .jsonl, .ndjson', 'one object per article'],
  ['.rss, .atom, .xml', 'news feeds'],
  ['.docx', 'Word documents'],
  ['.pdf', 'PDFs with a text layer'],
] as const;

export const IMPORT_ACCEPT = '.txt,.md,.html,.htm,.csv,.tsv,.json,.jsonl,.ndjson,.rss,.atom,.xml,.docx,.pdf';

/** Base64 grows a file by a third: 4 MB of files make a call of about 5.4 MB. */
const BATCH_BYTES = 4 * 1024 * 1024;
const PART_BYTES = 3 * 1024 * 1024;
/** The engine's limit for one file (core/import/read.ts), checked here so nothing is sent in vain. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface PickedFile {
  /** The name with its folder path when it came from a folder. */
  name: string;
  file: File;
}

async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function batches(files: readonly PickedFile[]): PickedFile[][] {
  const result: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let size = 0;
  for (const picked of files) {
    const weight = Math.min(picked.file.size, PART_BYTES);
    if (current.length > 0 && size + weight > BATCH_BYTES) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(picked);
    size += weight;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function merge(tally: ImportTally, result: ImportResult): ImportTally {
  return {
    imported: tally.imported + result.imported.length,
    duplicates: [
      ...tally.duplicates,
      ...result.duplicates.map((d) => ({
        file: d.where ? `${d.file} (${d.where})` : d.file,
        of: d.duplicateOf,
      })),
    ],
    failures: [
      ...tally.failures,
      ...result.failures.map((f) => ({
        file: f.where ? `${f.file} (${f.where})` : f.file,
        reason: f.reason,
      })),
    ],
    skipped: tally.skipped + result.skipped.length,
    projects: [
      ...(tally.projects ?? []),
      ...result.projects.map((project) => ({
        file: project.file,
        articles: project.sources.imported,
        matched: project.sources.matched,
        codings: project.codings.imported,
      })),
    ],
    shortened: [
      ...(tally.shortened ?? []),
      ...result.shortened.map((s) => ({
        file: s.where ? `${s.file} (${s.where})` : s.file,
        id: s.id,
        characters: s.characters,
        kept: s.kept,
      })),
    ],
    analysisFailures: [
      ...tally.analysisFailures,
      ...(result.analysis?.failures ?? []).map((f) => ({
        file: f.title ?? `article ${f.id}`,
        reason: f.reason,
      })),
    ],
    unreadDates: [
      ...tally.unreadDates,
      ...result.unreadDates.map((d) => ({
        file: d.where ? `${d.file} (${d.where})` : d.file,
        id: d.id,
        raw: d.raw,
      })),
    ],
  };
}

/** A file as the batch names it: whole when it is small, else sent ahead in parts. */
async function uploaded(picked: PickedFile): Promise<UploadedFile> {
  if (picked.file.size <= PART_BYTES) return { name: picked.name, base64: await base64Of(picked.file) };
  let stage: string | null = null;
  for (let start = 0; start < picked.file.size; start += PART_BYTES) {
    const part = picked.file.slice(start, start + PART_BYTES);
    ({ stage } = await call('import.stage', stage, await base64Of(part)));
  }
  return { name: picked.name, staged: stage! };
}

let reportCounter = 0;

export async function importFiles(files: readonly PickedFile[]): Promise<void> {
  const visible = files.filter((picked) => !picked.name.split('/').some((part) => part.startsWith('.')));
  if (visible.length === 0) return;
  reportCounter += 1;
  const id = reportCounter;
  const at = new Date().toISOString();
  importReports.set((reports) => [{ id, at, files: visible.length, summary: null, error: null }, ...reports]);
  const tooLarge = visible.filter((picked) => picked.file.size > MAX_FILE_BYTES);
  let summary: ImportTally = {
    imported: 0,
    duplicates: [],
    failures: tooLarge.map((picked) => ({
      file: picked.name,
      reason: `the file is too large (${Math.round(picked.file.size / 1024 / 1024)} MB; the limit is 50 MB); split it into smaller files`,
    })),
    skipped: 0,
    analysisFailures: [],
    unreadDates: [],
  };
  try {
    for (const batch of batches(visible.filter((picked) => !tooLarge.includes(picked)))) {
      const payload: UploadedFile[] = [];
      for (const picked of batch) payload.push(await uploaded(picked));
      summary = merge(summary, await mutate('import.upload', payload));
    }
    importReports.set((reports) => reports.map((r) => (r.id === id ? { ...r, summary } : r)));
    const failed = summary.failures.length;
    showToast(
      `Imported ${summary.imported} article${summary.imported === 1 ? '' : 's'}` +
        (summary.duplicates.length ? `, ${summary.duplicates.length} already in the project` : '') +
        (failed ? `; ${failed} file${failed === 1 ? '' : 's'} failed (see Tasks)` : '.'),
      { error: failed > 0 && summary.imported === 0 },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    importReports.set((reports) => reports.map((r) => (r.id === id ? { ...r, summary, error: message } : r)));
    showToast(`The import stopped: ${message}`, { error: true });
  }
}

/** Files from an <input type=file>, with their folder paths when a folder was chosen. */
export function pickedFromInput(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most 100 entries a time; call it until it returns none.
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    const entries = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    for (const child of entries) await walk(child, out);
  }
}

/** Files and folders dropped on the window, folders read recursively. */
export async function pickedFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return pickedFromInput(transfer.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
