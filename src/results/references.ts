/**
 * Sources for the statements of fact on the results page, by id as cited in results.json (`[n]`).
 * The page numbers them in order of first appearance and lists only those it cites.
 * Each is listed in docs/sources.md with what it supports and when it was checked.
 */
export interface Reference {
  readonly id: number;
  readonly textKey: `references.${number}`;
  readonly url: string;
}

export const RESULTS_REFERENCES: readonly Reference[] = [
  { id: 1, textKey: 'references.1', url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x' },
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
  // "wait 2-3 minutes to see if normal breathing returns before giving a second dose"; "stay with them".
  { id: 15, textKey: 'references.15', url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html' },
  // "Stay and call 911 or your local emergency number… Follow their instructions and administer naloxone".
  { id: 16, textKey: 'references.16', url: 'https://www.canada.ca/en/health-canada/services/video/good-samaritan-law.html' },
  // "Overdose reversal medications do not reverse the effects of xylazine… give opioid overdose reversal medications".
  { id: 17, textKey: 'references.17', url: 'https://nida.nih.gov/research-topics/xylazine' },
  // MMWR 2023: "emphasize the need for respiratory and cardiovascular support".
  { id: 18, textKey: 'references.18', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10328484' },
  // "most at risk of overdose when they use opioids following periods of abstinence"; carrying naloxone.
  { id: 19, textKey: 'references.19', url: 'https://integrationacademy.ahrq.gov/products/playbooks/moud-playbook/implementing-treatment/mitigating-overdose-risk' },
  // Boxed warning: combined use "has resulted in serious side effects, including slowed or difficult breathing and deaths".
  { id: 20, textKey: 'references.20', url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm' },
  // Abstract (PubMed 31400808): hyperkatifeia, the negative emotional signs of withdrawal (anxiety-like
  // behaviour in animal models), "can extend into protracted abstinence". facts.md §4.
  { id: 21, textKey: 'references.21', url: 'https://doi.org/10.1016/j.biopsych.2019.05.023' },
];

export { citationOrder } from '../ui/content-schema';
