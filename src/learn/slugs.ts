/** The Learn pages, in reading order: each is a JSON file per language under src/locales/<lng>/learn/. */
export const LEARN_SLUGS = [
  'opioids-and-the-brain',
  'what-is-depression',
  'opioids-and-mood',
  'what-research-shows',
  'treatment-and-safety',
  'getting-help',
] as const;

export type LearnSlug = (typeof LEARN_SLUGS)[number];

export function isLearnSlug(value: string | undefined): value is LearnSlug {
  return LEARN_SLUGS.includes(value as LearnSlug);
}
