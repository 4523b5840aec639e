/** The row a planted trigger writes when it runs: finding it means code in the file was executed. */
export const MARKER_KEY = 'planted-trigger-ran';

/** The statement planted triggers run. */
export const MARK = `INSERT OR IGNORE INTO meta (key, value) VALUES ('${MARKER_KEY}', '"yes"');`;
