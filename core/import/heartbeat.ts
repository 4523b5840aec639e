// A reader that works through a long file page by page says so now and then, so that the reading
// thread's watchdog (isolated.ts) tells a long file from a stalled one. Outside the reading thread
// nobody listens and a beat costs nothing.

let listener: () => void = () => {};

export function onHeartbeat(callback: () => void): void {
  listener = callback;
}

export function heartbeat(): void {
  listener();
}
