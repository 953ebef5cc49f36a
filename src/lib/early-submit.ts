/**
 * A form sent before the app has taken over its page (the check-in's first question is prerendered, so a
 * person on a slow phone can answer it and tap Next before the app's script has loaded) is held, not lost:
 * the entry script (src/main.tsx) installs `holdEarlySubmits`, and the form's own component, once it is
 * live, calls `replayEarlySubmit`, which sends it again, now to the app. The answer chosen meanwhile is
 * still in the page (hydration keeps what the person checked), so the app reads it as if it had been there
 * all along.
 *
 * Before even the entry script has run, the page's inline loader holds a submission the same way
 * (`takeInlineHold` takes it over). Nothing is ever sent to a server: the prerendered form's
 * `method="dialog"` makes a native submission do nothing outside a dialog (and puts no answer in the
 * address), and the held submission is the browser's event, kept in this tab's memory. A few lines, no
 * framework: part of the entry script.
 */
interface Held {
  readonly form: HTMLFormElement;
  readonly submitter: HTMLElement | null;
}

let held: Held | null = null;
let installed: ((event: Event) => void) | null = null;

/** What the page's inline loader held before this script ran (scripts/vite/prerender.ts `entryLoader`). */
interface InlineHold {
  take(): { form: EventTarget | null; submitter: HTMLElement | null } | null;
}

/**
 * Takes over from the page's inline loader, which holds a form sent before this script ran: returns it
 * (and stops holding). Every page calls this as the entry script starts; only the check-in keeps holding.
 */
export function takeInlineHold(win: Window = window): void {
  const early = (win as Window & { __early?: InlineHold }).__early?.take() ?? null;
  if (early && early.form instanceof HTMLFormElement) held = { form: early.form, submitter: early.submitter };
}

/** Until the app takes over, a form submitted on this page is held (the last one sent). */
export function holdEarlySubmits(win: Window = window): void {
  if (installed) return;
  installed = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = { form, submitter: (event as SubmitEvent).submitter ?? null };
  };
  // Capture on the window: before any handler of the page's own.
  win.addEventListener('submit', installed, true);
}

/**
 * While submissions are held (the app is taking over the prerendered page), the value of the radio button
 * of this name the person checked before it loaded, if any: the form's component starts from it (its
 * form library would otherwise clear the page's radios as it takes them over). Afterwards, undefined.
 */
export function earlyChoice(name: string, doc: Document = document): string | undefined {
  if (!installed) return undefined;
  return doc.querySelector<HTMLInputElement>(`form input[type="radio"][name="${CSS.escape(name)}"]:checked`)?.value;
}

/**
 * Called by a form's component once it is live (in an effect): from now on submissions go to the app,
 * and a submission of this very form held meanwhile is sent again. Returns whether one was.
 */
export function replayEarlySubmit(form: HTMLFormElement | null, win: Window = window): boolean {
  if (installed) {
    win.removeEventListener('submit', installed, true);
    installed = null;
  }
  const pending = held;
  held = null;
  if (!form || !pending || pending.form !== form || !form.isConnected) return false;
  const submitter = pending.submitter && form.contains(pending.submitter) ? pending.submitter : null;
  form.requestSubmit(submitter);
  return true;
}
