/**
 * "Download for my clinic's records": the FHIR Bundle as a file, made in the browser (a Blob and a download
 * link: nothing is sent). Loaded only when the button is pressed. The resources are in English, the
 * language the instruments' wording is verified in, whatever the language of the visit.
 */
import type { Answers } from '../../instruments/types';
import type { Summary } from '../summary';
import { version as APP_VERSION } from '../../../package.json';
import { exportBundle, type ExportContext } from './fhir';

/** This project's canonical URLs start at the site's own address (SITE_URL at build: the same in production). */
export function exportContext(text: (key: string) => string, language?: string): ExportContext {
  return { site: window.location.origin, appVersion: APP_VERSION, text, language };
}

/** `text`: the English wording by `instruments` key (the page's i18n, in English); `language`: the one the person read. */
export function downloadExport(answers: Answers, summary: Summary, authored: Date, text: (key: string) => string, language: string): void {
  const bundle = exportBundle(answers, summary, authored, exportContext(text, language));
  const blob = new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/fhir+json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `check-in-${authored.toISOString().slice(0, 10)}.fhir.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file: nothing of it stays in memory longer than needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
