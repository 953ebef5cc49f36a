/**
 * Shows the page's "could not load" notice (prerendered, hidden, in the page's language: see the layout).
 * The page the server sent stays as it is, with its header, Leave and crisis contacts: never a blank page.
 */
export function showLoadError(): void {
  document.querySelector<HTMLElement>('[data-load-error]')?.removeAttribute('hidden');
}
