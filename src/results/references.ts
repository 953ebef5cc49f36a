/** Sources for the statements of fact on the results page (numbered as cited in results.json). */
export const RESULTS_REFERENCES = [
  {
    id: 1,
    textKey: 'references.1',
    url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
  },
  {
    id: 2,
    textKey: 'references.2',
    url: 'https://www.nimh.nih.gov/health/topics/depression',
  },
] as const;
