/**
 * Offline after the first visit: once the page has loaded, the service worker precaches the app, and the
 * pages of the version being read (src/sw/sw.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
