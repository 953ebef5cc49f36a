/**
 * zod, set up for this app: "jitless", because zod otherwise probes for `new Function` (to compile fast
 * parsers), which the Content-Security-Policy (no 'unsafe-eval') blocks and the browser reports as an
 * issue. Import zod from here, never from 'zod' directly (a lint rule says so).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
