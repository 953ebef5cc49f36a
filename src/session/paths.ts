/**
 * The check-in's one address (within a version: `/es-mx/check-in`). Every screen of it, the results too,
 * is shown there: the screen is kept in memory (src/session/answers-store.ts), never in the address or the
 * title, so the browser's history records neither which questions were asked nor how they were answered.
 */
export const CHECKIN_PATH = '/check-in';
