/**
 * Prerendering (build time, Node): renders a page of one version of the app to HTML with
 * react-dom/static, waiting for every code-split screen and its strings, in the version's own language
 * and with its own country's services. The browser then hydrates it (src/main.tsx). See
 * scripts/vite/prerender.ts.
 */
import { instrumentStringSources } from './instruments/registry';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/app';
import { createAnswersStore } from './session/answers-store';
import { createI18n } from './i18n/i18n';
import { NAMESPACES } from './i18n/resources';
import { VERSIONS, versionFromPath, type Version } from './visit/versions';
import { NotFoundHeading, NotFoundVersion, versionLabel } from './app/not-found-everywhere';
import { REGIONS } from './regions';
import type { ReactNode } from 'react';
import { HeadContext, type HeadCollector } from './ui/head';

export { VERSIONS, pathIn, type Version } from './visit/versions';
export { PAGE_ROUTES, PRERENDERED, REDIRECTS, SHELLS } from './app/routes';
import { allQuestionnaires } from './results/share/fhir';
import { APP_VERSION, english, wordingIn } from './results/share/english';
import { DEFAULT_LANGUAGE, LANGUAGES } from './i18n/languages';

/** The FHIR Questionnaires the export refers to, published as static files (dist/fhir/Questionnaire/<id>.json). */
export const questionnaires = (site: string) =>
  allQuestionnaires({
    site,
    appVersion: APP_VERSION,
    text: english,
    // Each instrument's wording in the other languages it is offered in, as the translation extension.
    translations: Object.fromEntries(LANGUAGES.filter(({ code }) => code !== DEFAULT_LANGUAGE).map(({ code }) => [code, wordingIn(code)])),
  });

/** Static markup of a tree (no app, no script): every chunk in order. */
async function markup(tree: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(tree, { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  if (errors.length > 0) throw new Error(`Prerendering failed: ${errors.map(String).join('; ')}`);
  return html;
}

/**
 * The one static "page not found" (dist/404.html, src/app/not-found-everywhere.tsx): a heading in every
 * language, then each version's block. The blocks come back one by one too, for the number check (each
 * against its own country).
 */
export async function renderNotFoundEverywhere(): Promise<{ html: string; title: string; blocks: { version: Version; html: string }[] }> {
  const blocks: { version: Version; html: string }[] = [];
  const titles: string[] = [];
  const bodies: string[] = [];
  const labels: { tag: string; label: string }[] = [];
  for (const version of VERSIONS) {
    const region = REGIONS.find((entry) => entry.id === version.region);
    if (!region) throw new Error(`no region ${version.region}`);
    const { i18n, ready } = createI18n(version.lang, instrumentStringSources());
    await ready;
    await i18n.loadNamespaces([...NAMESPACES]);
    for (const [list, key] of [[titles, 'common:notFound.title'], [bodies, 'common:notFound.body']] as const) {
      const text = i18n.t(key);
      if (!list.includes(text)) list.push(text);
    }
    labels.push({ tag: version.tag, label: versionLabel(version, i18n.t(`resources:regions.${version.region}` as 'resources:regions.us')) });
    blocks.push({ version, html: await markup(<NotFoundVersion version={version} region={region} i18n={i18n} />) });
  }
  const heading = await markup(<NotFoundHeading titles={titles} bodies={bodies} versions={labels} />);
  return { html: `<main id="main">${heading}${blocks.map((block) => block.html).join('')}</main>`, title: titles.join(' · '), blocks };
}

async function renderOnce(path: string, shell: boolean): Promise<{ html: string; title: string | undefined; errors: unknown[]; namespaces: string[] }> {
  const { version } = versionFromPath(path);
  const { i18n, ready } = createI18n(version.lang, instrumentStringSources());
  await ready;
  await i18n.loadNamespaces([...NAMESPACES]);
  let title: string | undefined;
  const head: HeadCollector = { setTitle: (value) => void (title = value) };
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <HeadContext value={head}>
      <App i18n={i18n} store={createAnswersStore()} ssrPath={path} shell={shell} initialSearch="" browserLanguages={[]} />
    </HeadContext>,
    // Never outline a large section to be swapped in by an inline script: write every page in order.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // The string files the page used (react-i18next records each screen's): the browser loads them before it
  // hydrates, so no part of the page waits for one and is rendered again instead of hydrated.
  const namespaces = (i18n.reportNamespaces?.getUsedNamespaces() ?? []).filter((ns) => ns !== 'common' && ns !== 'resources');
  return { html, title, errors, namespaces };
}

/**
 * Renders the page complete and in order. The Content-Security-Policy allows no inline script, so the
 * output must hold none (React would add one to swap in a section it outlined or that came late): if it
 * does, render again (the code-split screens and content are loaded by then), and fail the build if that
 * never settles.
 */
export async function render(path: string, options: { shell?: boolean } = {}): Promise<{ html: string; title: string | undefined; namespaces: string[] }> {
  for (let pass = 1; pass <= 6; pass++) {
    const { html, title, errors, namespaces } = await renderOnce(path, options.shell ?? false);
    if (errors.length > 0) throw new Error(`Prerendering ${path} failed: ${errors.map(String).join('; ')}`);
    if (!/<script|<template/.test(html)) return { html, title, namespaces };
  }
  throw new Error(`Prerendering ${path}: content still loading after 6 passes`);
}
