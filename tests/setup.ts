import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy… and waitFor wait up to 10 s, not Testing Library's 1 s: a page's first lazy import is transformed
// on demand here, and on a loaded 2-core machine (CI, or a second copy of the suite) that alone took over
// a second, failing tests by chance. A test that waits that long still fails, and names what it waited for.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

// jsdom has no layout, so no scrollIntoView; the browser tests cover the real behaviour.
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
}
