// The content security policy of the Framescope window, in Electron and in the browser alike: no
// remote code, no inline scripts, no plugins, nothing framed; styles inline only for React's style
// attributes; pictures from the page itself (charts exported as PNG go through data: and blob:).

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A <meta> policy may not carry frame-ancestors (browsers ignore it there and warn). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
