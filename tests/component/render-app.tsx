import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { createAnswersStore } from '../../src/session/answers-store';
import { createI18n, type StringSource } from '../../src/i18n/i18n';
import { instrumentStringSources } from '../../src/instruments/registry';
import type { Driver } from '../support/walker';

/**
 * The whole app at `address` (a path, with a query string as a link may carry: "/en-gb/?phone=…"), in
 * memory: a fresh store, a fresh i18n instance (with `sources`: strings of instruments registered from
 * elsewhere, as the app's registry passes them), no browser history. Awaits the shell's strings, as the
 * app's boot does.
 */
export async function renderApp(address = '/', sources: readonly StringSource[] = instrumentStringSources()) {
  const at = address.indexOf('?');
  const path = at < 0 ? address : address.slice(0, at);
  const location = memoryLocation({ path, record: true });
  const store = createAnswersStore();
  // No pause between a user's actions (they are awaited in turn either way): the walks stay quick.
  const user = userEvent.setup({ delay: null });
  const { i18n, ready } = createI18n('en', sources);
  await ready;
  const view = render(<App i18n={i18n} store={store} locationHook={location.hook} initialSearch={at < 0 ? '' : address.slice(at)} />);
  return { ...view, user, store, location };
}

/** The walker's driver (tests/support/walker.ts) for the app rendered in memory. */
export function screenDriver(user: ReturnType<typeof userEvent.setup>): Driver {
  return {
    at: async (text) => void (await screen.findByRole('heading', { level: 1, name: text })),
    choose: async (label) => user.click(await screen.findByRole('radio', { name: label })),
    press: async (name) => user.click(await screen.findByRole('button', { name })),
  };
}
