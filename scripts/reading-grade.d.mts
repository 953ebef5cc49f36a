export const MAX_GRADE: number;
export const FK_LANGS: string[];
export const SCREENS: [string, string, string | null][];
export function main(): number;
