export interface ReadingGrade {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}
export function stripCitations(text: string): string;
export function extractBodyText(page: unknown): string;
export function extractFamilyText(guide: unknown): string;
export function splitSentences(text: string): string[];
export function splitWords(text: string): string[];
export function wordSyllables(word: string): number;
export function readingGrade(text: string): ReadingGrade;
export function extractStrings(value: unknown, skip?: string[]): string;
export interface ReadingEase {
  words: number;
  sentences: number;
  syllables: number;
  ease: number;
}
export function splitWordsAnyScript(text: string): string[];
export function splitSentencesAnyScript(text: string): string[];
export function syllablesEs(word: string): number;
export function syllablesFr(word: string): number;
export const EASE_FORMULAS: Record<string, string>;
export function readingEase(text: string, lang: string): ReadingEase;
