/**
 * The service worker, from the page's side: registered once the page has loaded (src/sw/sw.ts precaches
 * the app and caches the pages of the version being read), then watched for a new version.
 *
 * When a new version is waiting (a corrected phone number, say), whoever runs the page decides what to
 * do, through `onUpdate`: a screen with no answers takes it at once (the page reloads in place), and a
 * check-in in progress offers it, keeping the answers until the person chooses or finishes
 * (src/app/update-notice.tsx). The browser looks for a new version on every page load; an open page also
 * asks every hour and whenever it comes back into view.
 */
type Listener = () => void;

let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();
const CHECK_EVERY_MS = 60 * 60 * 1000;

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  listeners.forEach((listener) => listener());
}

function watch(registration: ServiceWorkerRegistration | undefined) {
  // (Undefined where service workers are blocked, as in some test set-ups.)
  if (!registration) return;
  // Only an update waits: the very first install has no page to refresh.
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
    };
    check();
    worker.addEventListener('statechange', check);
  };
  track(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js').then(watch, () => undefined);
  // The entry script itself may come after the load event (it is asked for once the page has painted).
  // A page already served by the service worker registers at once, so it hears of a new version as soon as
  // the browser finds one (another tab may take it meanwhile).
  if (navigator.serviceWorker.controller) {
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register);
    return;
  }
  // The first install downloads the whole site for offline use (a few MB): only once the page has loaded,
  // the app has started and the browser is idle, so it never slows the first screen on a slow phone.
  const later = () => {
    window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, { timeout: 5000 });
      else register();
    }, 2000);
  };
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later);
}

/** Whether a new version is waiting. */
export function updateWaiting(): boolean {
  return waiting !== null;
}

/** Calls back when a new version starts waiting; returns a function that stops. */
export function onUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes the waiting version: it takes over, and this page reloads in place. */
export function applyUpdate(): void {
  const worker = waiting;
  if (!worker) return;
  let reloaded = false;
  const reload = () => {
    if (reloaded) return;
    reloaded = true;
    window.location.reload();
  };
  // Another tab may have taken it already: then this page only needs to load it.
  if (worker.state === 'activating' || worker.state === 'activated') {
    reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', reload);
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated') reload();
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
