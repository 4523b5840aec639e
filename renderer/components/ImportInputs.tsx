import { IMPORT_ACCEPT, importFiles, pickedFromInput } from '../hooks/import-files.ts';

// The window's one pair of file inputs (files, and a folder read recursively); every Import
// button opens them, so there is one "Import files" control for people and tests to find.

const inputs: { files: HTMLInputElement | null; folder: HTMLInputElement | null } = {
  files: null,
  folder: null,
};

export function openImportPicker(kind: 'files' | 'folder'): void {
  inputs[kind]?.click();
}

function take(input: HTMLInputElement): void {
  const picked = pickedFromInput(input.files);
  input.value = '';
  void importFiles(picked);
}

export function ImportInputs() {
  return (
    <>
      <input
        ref={(input) => {
          inputs.files = input;
        }}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Import files"
        onChange={(event) => take(event.currentTarget)}
      />
      <input
        ref={(input) => {
          inputs.folder = input;
          input?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        aria-label="Import a folder"
        onChange={(event) => take(event.currentTarget)}
      />
    </>
  );
}
