import { app, session, type WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

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
  // Offline is absolute: anything but the app's own origin is cancelled, file:// included (the
  // page has no business reading the disk; files reach it through the API).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = [`${APP_ORIGIN}/`, 'devtools://', 'data:', 'blob:'].some((prefix) => details.url.startsWith(prefix));
    callback({ cancel: !allowed });
  });
}
