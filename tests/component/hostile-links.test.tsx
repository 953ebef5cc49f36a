/**
 * Every hostile clinic link of the table (tests/fixtures/hostile-links.ts), opened as the app opens a link:
 * refused with the notice, never shown as help, and nothing throws. The unit tests check the checks one
 * by one; this checks the app's path from the address to the screen for each. The browser test opens one
 * link of each kind in Chromium (tests/e2e/clinic-links.spec.ts).
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HOSTILE_LINKS } from '../fixtures/hostile-links';
import { renderApp } from './render-app';

const NOTICE = 'Part of the link you followed could not be used';
const FROM_LINK = 'From the link you opened — not checked by us';

describe('hostile clinic links, opened in the app', () => {
  it(`refuses all ${HOSTILE_LINKS.length} with a notice, and shows none as help [H10] [H11]`, async () => {
    const shown: string[] = [];
    const silent: string[] = [];
    for (const { address } of HOSTILE_LINKS) {
      await renderApp(address);
      // The link's settings are read once the validator has loaded: until then neither shows.
      const seen = await waitFor(() => {
        const notice = screen.queryAllByRole('status').some((status) => status.textContent?.includes(NOTICE));
        const help = screen.queryByRole('heading', { name: FROM_LINK }) !== null;
        if (!notice && !help) throw new Error(`${address}: neither the notice nor the clinic yet`);
        return { notice, help };
      });
      if (!seen.notice) silent.push(address);
      if (seen.help) shown.push(address);
      cleanup();
    }
    console.log(`hostile clinic links opened in the app: ${HOSTILE_LINKS.length}; without the notice ${silent.length}; shown as help ${shown.length}`);
    expect(silent, 'links without the notice').toEqual([]);
    expect(shown, 'links shown as help').toEqual([]);
  }, 120_000);
});
