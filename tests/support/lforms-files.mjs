/**
 * Where LHC-Forms is unpacked for the round-trip test, and the prebuilt files a page loads (in this order:
 * Zone.js, the web component's runtime, polyfills and main, then the FHIR R4 support). Shared by
 * scripts/ensure-lforms.mjs, which fetches it, and tests/e2e/lforms.spec.ts, which serves it.
 */
import { fileURLToPath } from 'node:url';

const version = '40.1.3';

export const LFORMS = {
  version,
  // `npm view lforms@40.1.3 dist.integrity`
  integrity: 'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==',
  dir: fileURLToPath(new URL(`../../node_modules/.cache/lforms-${version}`, import.meta.url)),
  styles: ['dist/lforms/webcomponent/styles.css'],
  scripts: [
    'dist/lforms/webcomponent/assets/lib/zone.min.js',
    'dist/lforms/webcomponent/runtime.js',
    'dist/lforms/webcomponent/polyfills.js',
    'dist/lforms/webcomponent/main.js',
    'dist/lforms/fhir/R4/lformsFHIR.min.js',
  ],
  get files() {
    return [...this.styles, ...this.scripts];
  },
};
