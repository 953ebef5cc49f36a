/**
 * The engine scenarios (tests/engines/scenarios.ts) in Chromium: the very assertions Firefox ESR and WebKit
 * are held to (tests/engines/engines.spec.ts), so that what differs between engines is what the engines do,
 * never what is asked of them. The privacy guard and console check are this suite's fixtures.
 */
import { EXIT_ORIGIN, SCENARIOS } from '../engines/scenarios';
import { playwrightTab } from '../support/tab-playwright';
import { test } from './fixtures';

test.describe('engine scenarios', () => {
  for (const scenario of SCENARIOS) {
    test.describe(() => {
      if (scenario.leaves) test.use({ allowedOrigins: [EXIT_ORIGIN] });
      if (!scenario.javaScript) test.use({ javaScriptEnabled: false });
      test(scenario.title, async ({ page, baseURL }) => {
        await scenario.run(playwrightTab(page, new URL(baseURL!).origin));
      });
    });
  }
});
