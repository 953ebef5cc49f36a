export const FORBIDDEN_CLAIMS: readonly string[];
export function findForbidden(text: string): string[];
