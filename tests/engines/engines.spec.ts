/**
 * The engine scenarios in Firefox ESR and WebKit (playwright.engines.config.ts): the same scenarios, the
 * same assertions and the same walker as in Chromium (tests/e2e/engine-scenarios.spec.ts); each scenario in a
 * fresh tab, under a privacy guard (no request outside the app's origin, no console error where the engine
 * reports them).
 */
import { test as base, expect } from '@playwright/test';
import type { Engine, EngineOptions } from './engine';
import { launchFirefox } from './firefox';
import { SCENARIOS } from './scenarios';
import { launchWebKit } from './webkit';

const test = base.extend<object, EngineOptions & { engine: Engine }>({
  engineName: ['firefox-esr', { scope: 'worker', option: true }],
  engine: [
    async ({ engineName }, use, workerInfo) => {
      const began = Date.now();
      const engine = engineName === 'firefox-esr' ? await launchFirefox() : await launchWebKit();
      console.log(`  [${workerInfo.project.name}] ${engine.version}: started in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      await use(engine);
      await engine.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

for (const scenario of SCENARIOS) {
  test(scenario.title, async ({ engine, baseURL }) => {
    const tab = await engine.tab({ origin: new URL(baseURL!).origin, javaScript: scenario.javaScript, leaves: scenario.leaves });
    try {
      await scenario.run(tab);
      const { offOrigin, consoleErrors } = await tab.guard();
      expect(offOrigin, `${engine.name}: requests outside the origin`).toEqual([]);
      expect(consoleErrors, `${engine.name}: console errors`).toEqual([]);
    } finally {
      await tab.close();
    }
  });
}
