// Quitting waits for the engine to close the project (finish its writes, checkpoint, close the
// file), so what the user did is whole in the project file when the app is gone.

/**
 * A `before-quit` handler: the first quit is held until `closeEngine` settles, then quits for real.
 * A second quit while waiting is held too; a failing close still lets the app quit.
 */
export function quitAfterEngineCloses(
  closeEngine: () => Promise<void>,
  quit: () => void,
): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void closeEngine()
      .catch(() => undefined)
      .then(() => {
        state = 'closed';
        quit();
      });
  };
}
