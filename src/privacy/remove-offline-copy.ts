/**
 * Removes this site's offline copy from the browser: unregisters the service worker and deletes its caches
 * (the copy holds no answers, but it shows that the site was visited). It comes back on the next visit in
 * this browser, as the page on staying private says.
 */
export async function removeOfflineCopy(): Promise<'removed' | 'none' | 'failed'> {
  try {
    const registrations = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
    const names = 'caches' in window ? await caches.keys() : [];
    if (registrations.length === 0 && names.length === 0) return 'none';
    await Promise.all(registrations.map((registration) => registration.unregister()));
    await Promise.all(names.map((name) => caches.delete(name)));
    return 'removed';
  } catch {
    return 'failed';
  }
}
