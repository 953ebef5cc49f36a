/** Sources for what the page says clinicians should do (docs/sources.md lists them with what each supports). */
export const CLINICIANS_REFERENCES = [
  // "Examples of guides for conducting the BSSA include the ASQ Brief Suicide Safety Assessment … or the
  // Columbia Suicide Severity Rating Scale."
  {
    id: 1,
    textKey: 'references.1',
    url: 'https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials/youth-ed/suicide-risk-screening-pathway-emergency-department-chart-description',
  },
  // "EP 3 requires use of an evidence-based process to conduct a suicide risk assessment on patients who
  // have screened positive for suicide ideation".
  {
    id: 2,
    textKey: 'references.2',
    url: 'https://jointcommission.org/standards/standard-faqs/hospital-and-hospital-clinics/national-patient-safety-goals-npsg/000002237',
  },
  // The UK: NICE NG225 (7 Sep 2022) 1.6.1–1.6.4, "Do not use risk assessment tools and scales to predict
  // future suicide …" ([V-sec]: read as quoted; re-check on nice.org.uk before a release).
  { id: 3, textKey: 'references.3', url: 'https://www.nice.org.uk/guidance/ng225' },
] as const;
