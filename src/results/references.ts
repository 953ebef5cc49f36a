/**
 * Sources for the statements of fact on the results page, by id as cited in results.json (`[n]`).
 * The page numbers them in order of first appearance and lists only those it cites.
 * Each is listed in docs/sources.md with what it supports and when it was checked.
 */
import { INSTRUMENTS } from '../instruments/registry';
import type { Instrument, Reference } from '../instruments/registry-types';

export type { Reference } from '../instruments/registry-types';

/** The sources of the advice that reads the whole person (the instruments' own are in their registrations). */
const SHARED_REFERENCES: readonly Reference[] = [
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
  { id: 8, textKey: 'references.8', url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray', countries: ['us'] },
  { id: 9, textKey: 'references.9', url: 'https://teens.drugabuse.gov/blog/post/say-what-naloxone' },
  { id: 10, textKey: 'references.10', url: 'https://www.cdc.gov/stop-overdose/caring/fentanyl-facts.html', countries: ['us'] },
  // Not in facts.md: NIDA's page on combining opioids and benzodiazepines (instruments.md §3 tip).
  { id: 11, textKey: 'references.11', url: 'https://nida.nih.gov/research-topics/opioids/benzodiazepines-opioids' },
  { id: 12, textKey: 'references.12', url: 'https://www.samhsa.gov/find-help/national-helpline', countries: ['us'] },
  // Canada: "In March 2016, Health Canada changed the prescription status of naloxone" (read 2026-11-27).
  {
    id: 13,
    textKey: 'references.13',
    url: 'https://www.canada.ca/en/health-canada/services/drugs-health-products/drug-products/announcements/narcan-nasal-spray-frequently-asked-questions.html',
    countries: ['ca'],
  },
  // UK: "Naloxone is a prescription-only medicine… drug services and others can supply it without a prescription".
  { id: 14, textKey: 'references.14', url: 'https://www.gov.uk/guidance/supplying-take-home-naloxone-without-a-prescription', countries: ['uk'] },
  // "wait 2-3 minutes to see if normal breathing returns before giving a second dose"; "stay with them".
  { id: 15, textKey: 'references.15', url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html' },
  // "Stay and call 911 or your local emergency number… Follow their instructions and administer naloxone".
  { id: 16, textKey: 'references.16', url: 'https://www.canada.ca/en/health-canada/services/video/good-samaritan-law.html' },
  // "Overdose reversal medications do not reverse the effects of xylazine… give opioid overdose reversal medications".
  { id: 17, textKey: 'references.17', url: 'https://nida.nih.gov/research-topics/xylazine', countries: ['us'] },
  // MMWR 2023: "emphasize the need for respiratory and cardiovascular support".
  { id: 18, textKey: 'references.18', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10328484' },
  // "most at risk of overdose when they use opioids following periods of abstinence"; carrying naloxone.
  { id: 19, textKey: 'references.19', url: 'https://integrationacademy.ahrq.gov/products/playbooks/moud-playbook/implementing-treatment/mitigating-overdose-risk' },
  // Boxed warning: combined use "has resulted in serious side effects, including slowed or difficult breathing and deaths".
  { id: 20, textKey: 'references.20', url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm' },
  // Abstract (PubMed 31400808): hyperkatifeia, the negative emotional signs of withdrawal (anxiety-like
  // behaviour in animal models), "can extend into protracted abstinence". facts.md §4.
  { id: 21, textKey: 'references.21', url: 'https://doi.org/10.1016/j.biopsych.2019.05.023' },
  // facts.md §9. "over half reported some desire to die prior to their most recent overdose".
  { id: 22, textKey: 'references.22', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6929689/' },
  // "Many empirical studies have shown that such means restriction is effective."
  { id: 23, textKey: 'references.23', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6191653/' },
  // US, facts.md §9: "may now prescribe buprenorphine … if permitted by applicable state law".
  { id: 24, textKey: 'references.24', url: 'https://www.samhsa.gov/medication-assisted-treatment/become-buprenorphine-waivered-practitioner/buprenorphine-waiver-faqs', countries: ['us'] },
  // US: methadone "dispensed only in specialty regulated opioid treatment clinics"; FindTreatment.gov.
  { id: 25, textKey: 'references.25', url: 'https://www.hhs.gov/opioids/treatment/medications-to-treat-opioid-addiction/index.html', countries: ['us'] },
  // US: "may prescribe an initial six-month supply … through audio-only means" (in force 31 Dec 2025).
  { id: 26, textKey: 'references.26', url: 'https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01049.htm', countries: ['us'] },
  // UK: "Many drug treatment services accept self-referrals".
  { id: 27, textKey: 'references.27', url: 'https://111.wales.nhs.uk/encyclopaedia/d/article/drugmisuse', countries: ['uk'] },
  // UK: "Methadone and buprenorphine … are recommended as options for maintenance therapy".
  { id: 28, textKey: 'references.28', url: 'https://www.nice.org.uk/guidance/TA114/chapter/1-Guidance', countries: ['uk'] },
  // Canada: "buprenorphine–naloxone as the preferred first-line treatment when possible".
  { id: 29, textKey: 'references.29', url: 'https://doi.org/10.1503/cmaj.170958', countries: ['ca'] },
  // Canada: "As of May 19, 2018 … Exemptions are no longer required from Health Canada".
  { id: 30, textKey: 'references.30', url: 'https://www.canada.ca/en/health-canada/services/health-concerns/controlled-substances-precursor-chemicals/exemptions/methadone-program.html', countries: ['ca'] },
  // Ontario only: "drop-in clinics … You don't need an appointment … with your health card".
  { id: 31, textKey: 'references.31', url: 'https://sunnybrook.ca/content/?page=raam-clinic-model-opioid-use', countries: ['ca'] },
  // Spain: "the 17 autonomous communities … The public sector is the primary provider … Primary care acts as a gatekeeper".
  { id: 32, textKey: 'references.32', url: 'https://www.emcdda.europa.eu/countries/drug-reports/2019/spain/treatment_en', countries: ['es'] },
  // Andalucía: "universal y gratuito … capaz de atender las demandas directas".
  { id: 33, textKey: 'references.33', url: 'https://cdn.juntadeandalucia.es/organismos/inclusionsocialjuventudfamiliaseigualdad/servicios/actualidad/noticias/detalle/137880.html', countries: ['es'] },
  // Spain: OAMT "in the public health system, including prisons".
  { id: 34, textKey: 'references.34', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3605010', countries: ['es'] },
  // Mexico: CAPA "brindan servicios gratuitos … hasta el tratamiento breve, ambulatorio".
  { id: 35, textKey: 'references.35', url: 'https://salud.edomex.gob.mx/salud/capa', countries: ['mx'] },
  // UK: nitazenes "might be unwittingly added to street heroin … also sometimes seen in fake opioid tablets".
  { id: 36, textKey: 'references.36', url: 'https://www.gov.uk/government/publications/fentanyl-preparing-for-a-future-threat/guidance-for-local-areas-on-planning-to-deal-with-fentanyl-or-another-potent-opioid', countries: ['uk'] },
  // Canada: "fentanyl, makes up most of the illegal drug supply".
  { id: 37, textKey: 'references.37', url: 'https://www.canada.ca/en/health-canada/services/opioids/overdose-crisis-toxic-illegal-drug-supply.html', countries: ['ca'] },
  // Mexico: naloxone, a psychotropic under the Ley General de Salud, "sólo puede ser suministrada por el personal de los hospitales y las ambulancias".
  { id: 38, textKey: 'references.38', url: 'https://comunicacionsocial.senado.gob.mx/informacion/comunicados/5687-aprueba-comision-proyecto-para-eliminar-naloxona-de-la-lista-de-sustancias-psicotropicas', countries: ['mx'] },
  // The recovery position, in the NHS's words.
  { id: 39, textKey: 'references.39', url: 'https://www.nhs.uk/video/Pages/recovery-position.aspx' },
  // "serious breathing difficulties may occur in patients using gabapentin … or pregabalin … These include the use of opioid pain medicines".
  { id: 40, textKey: 'references.40', url: 'https://fda.gov/drugs/fda-drug-safety-podcasts/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin' },
  // UK: "treatment is freely available on the NHS" (NTA, archived).
  { id: 41, textKey: 'references.41', url: 'http://www.nta.nhs.uk/accessing-treatment.aspx', countries: ['uk'] },
  // UK [V-sec], the alert as relayed: "repeated administration may be required".
  { id: 42, textKey: 'references.42', url: 'https://www.sunnetwork.org.uk/national-patient-safety-alert-potent-synthetic-opioids/', countries: ['uk'] },
];

/** The results' own sources and those of every registered instrument (its registration's `references`). */
export function referencesFor(instruments: readonly Instrument[] = INSTRUMENTS): readonly Reference[] {
  return [...SHARED_REFERENCES, ...instruments.flatMap((instrument) => instrument.references ?? [])];
}

export const RESULTS_REFERENCES: readonly Reference[] = referencesFor();

export { citationOrder } from '../ui/content-schema';
