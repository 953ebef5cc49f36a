export const MIN_HAZARDS: number;
export interface HazardRow {
  id: string;
  hazard: string;
  cells: string[];
  files: string[];
}
export function parseHazardLog(markdown: string): HazardRow[];
export function testTitles(source: string): string[];
export function checkHazardLog(
  rows: HazardRow[],
  readFile: (path: string) => string | null,
): { problems: string[]; evidence: { id: string; file: string; tests: number }[] };
export function main(): number;
