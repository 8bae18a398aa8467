import { app, session, type WebContents } from 'electron';

/** The renderer's Content-Security-Policy; the same text is in renderer/index.html for file:// loads. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React Flow positions nodes with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

/** Hardening that applies to every window and web contents the app will ever create. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // Tandem is one page: it never navigates away, opens windows or attaches webviews.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // Offline is absolute: anything but the app's own files is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = ['file://', 'devtools://', 'data:', 'blob:'].some((scheme) => details.url.startsWith(scheme));
    callback({ cancel: !allowed });
  });
}
