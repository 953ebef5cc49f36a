export const MAX_GRADE: number;
export const FK_LANGS: string[];
export const SCREENS: [string, string, string | null][];
export function main(): number;
export const MIN_EASE: Record<string, number>;
export function measure(lang: string, text: string): { words: number; shown: string; ok: boolean; limit: string } | null;
