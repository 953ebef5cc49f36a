/** zod/mini for the start page's bundle, set up like src/lib/zod.ts (jitless: no `new Function` probe under the CSP). */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
