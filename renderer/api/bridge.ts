// The two transports that carry the engine's contract to the window: Electron's preload bridge
// (window.framescope) and, in a browser, the local HTTP bridge of `framescope serve`.

export type Envelope<T = unknown> =
  { ok: true; value: T } | { ok: false; error: { message: string; code?: string } };

export interface PreloadBridge {
  call(method: string, args: unknown[]): Promise<Envelope>;
  /** The desktop app's own file dialogs: tokens for what the user picked, never paths. */
  choose?(purpose: 'import' | 'open' | 'save' | 'export'): Promise<{ token: string; name: string }[]>;
  onEvent(callback: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    framescope?: PreloadBridge;
  }
}

export function preloadBridge(): PreloadBridge | undefined {
  return typeof window !== 'undefined' ? window.framescope : undefined;
}

export async function httpCall(method: string, args: unknown[]): Promise<Envelope> {
  let response: Response;
  try {
    response = await fetch('./api/call', {
      method: 'POST',
      // The bridge knows this window by the HttpOnly cookie it set when its printed address was opened.
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method, args }),
    });
  } catch {
    return {
      ok: false,
      error: {
        message: 'The Framescope engine is not reachable. Check that `framescope serve` is still running.',
      },
    };
  }
  if (response.status === 401)
    return {
      ok: false,
      error: {
        message:
          'This window no longer holds the key of this Framescope run. Open the address framescope serve printed again.',
      },
    };
  const body = (await response.json().catch(() => null)) as Envelope | null;
  if (body && typeof body === 'object' && 'ok' in body) return body;
  return {
    ok: false,
    error: { message: `The engine answered ${response.status} ${response.statusText} to ${method}.` },
  };
}
