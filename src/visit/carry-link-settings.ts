/**
 * A clinic's link keeps its settings (`?parts=`, `?add=`, the clinic's name and phone) in the query of the
 * page it opens, and the app reads them from there. A tap on "Start the check-in" before the app has taken
 * over the page (a slow phone) is an ordinary link to /check-in, which would drop them. So, until the app
 * handles links itself (its links prevent the default), an ordinary tap on a link to this site carries the
 * query along. Installed by the entry script, before the app loads; a few lines, no framework.
 */
export function carryQueryOnEarlyClicks(win: Window = window): void {
  const { search, origin } = win.location;
  if (!search) return;
  win.addEventListener('click', (event) => {
    // Already handled (the app's own links), or not a plain click: leave it.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== origin || url.search || url.hash) return;
    link.href = `${url.pathname}${search}`;
  });
}
