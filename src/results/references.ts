/**
 * Sources for the statements of fact on the results page, by id as cited in results.json (`[n]`).
 * The page numbers them in order of first appearance and lists only those it cites.
 * From shared/content/facts.md unless noted.
 */
export interface Reference {
  readonly id: number;
  readonly textKey: `references.${number}`;
  readonly url: string;
}

export const RESULTS_REFERENCES: readonly Reference[] = [
  { id: 1, textKey: 'references.1', url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x' },
  { id: 2, textKey: 'references.2', url: 'https://www.nimh.nih.gov/health/topics/depression' },
  {
    id: 3,
    textKey: 'references.3',
    url: 'https://www.drugabuse.gov/publications/research-reports/common-comorbidities-substance-use-disorders/part-1-connection-between-substance-use-disorders-mental-illness',
  },
  { id: 4, textKey: 'references.4', url: 'https://doi.org/10.1016/j.drugalcdep.2022.109551' },
  {
    id: 5,
    textKey: 'references.5',
    url: 'https://www.drugabuse.gov/publications/research-reports/medications-to-treat-opioid-addiction/efficacy-medications-opioid-use-disorder',
  },
  { id: 6, textKey: 'references.6', url: 'https://doi.org/10.1136/bmj.j1550' },
  { id: 7, textKey: 'references.7', url: 'https://nida.nih.gov/publications/research-reports/heroin/what-can-be-done-for-heroin-overdose' },
  // Not in facts.md as a link: the FDA's own announcement of 29 March 2023 (facts.md §6, V-sec).
  { id: 8, textKey: 'references.8', url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray' },
  { id: 9, textKey: 'references.9', url: 'https://teens.drugabuse.gov/blog/post/say-what-naloxone' },
  { id: 10, textKey: 'references.10', url: 'https://www.cdc.gov/stop-overdose/caring/fentanyl-facts.html' },
  // Not in facts.md: NIDA's page on combining opioids and benzodiazepines (instruments.md §3 tip).
  { id: 11, textKey: 'references.11', url: 'https://nida.nih.gov/research-topics/opioids/benzodiazepines-opioids' },
  { id: 12, textKey: 'references.12', url: 'https://www.samhsa.gov/find-help/national-helpline' },
  // Canada: "In March 2016, Health Canada changed the prescription status of naloxone" (read 2026-11-27).
  {
    id: 13,
    textKey: 'references.13',
    url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/drug-products/announcements/narcan-nasal-spray-frequently-asked-questions.html',
  },
  // UK: "Naloxone is a prescription-only medicine… drug services and others can supply it without a prescription".
  { id: 14, textKey: 'references.14', url: 'https://www.gov.uk/guidance/supplying-take-home-naloxone-without-a-prescription' },
];

export { citationOrder } from '../ui/content-schema';
