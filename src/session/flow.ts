/**
 * Which screen comes next: a pure function of the answers so far, tested without React.
 * The path is recomputed from the answers every time, so changing an answer (item 9 from "Not at all" to
 * "Several days", drugs from "Weekly" to "Never") changes the path at once; a step the answers no longer
 * lead to cannot be visited, and its answer is dropped (see `unreachableAnswers`).
 *
 * The path strings together the registered instruments (src/instruments/registry.ts), in order: each one's
 * intro (if it has one, and unless a clinician's link asked for it), then its own steps. Mood (PHQ-9) comes
 * first because it is the gentler start, and because item 9 brings crisis support before anything else.
 */
import { activeInstruments, INSTRUMENTS, type FlowOptions } from '../instruments/registry';
import type { Instrument } from '../instruments/registry-types';
import { RESULTS, SUPPORT, type IntroStep, type QuestionStep, type Step } from '../instruments/steps';
import type { Answers } from '../instruments/types';

export { RESULTS, SUPPORT };
export type { FlowOptions };
export type { ErrorKey, IntroStep, QuestionStep, Step, SupportStep } from '../instruments/steps';

function introOf(instrument: Instrument, options: FlowOptions): IntroStep | null {
  if (instrument.entry.kind !== 'intro') return null;
  // An optional instrument a link asked for is asked straight away.
  if (instrument.optional && options.asked?.includes(instrument.id)) return null;
  return { kind: 'intro', id: instrument.entry.id, consentId: instrument.entry.consentId };
}

/**
 * Paths already built, for the answers the store hands out: each snapshot is a new frozen object, so a
 * path built for one stays right for it, and every caller in a render (the screen, Next, Back, the
 * progress, the results switch) shares one build per change of the answers. Keyed by the options' values,
 * as each caller gets its own options object. A plain object (a test's, mutated in place) is never cached.
 */
const BUILT = new WeakMap<readonly Instrument[], WeakMap<Answers, Map<string, readonly Step[]>>>();
const optionsKey = (options: FlowOptions) => `${options.off?.join(',') ?? ''}|${options.asked?.join(',') ?? ''}|${options.language ?? ''}`;

/** The steps the answers so far lead through, in order. */
export function pathFor(answers: Answers, options: FlowOptions = {}, instruments: readonly Instrument[] = INSTRUMENTS): readonly Step[] {
  if (!Object.isFrozen(answers)) return buildPath(answers, options, instruments);
  let byAnswers = BUILT.get(instruments);
  if (!byAnswers) BUILT.set(instruments, (byAnswers = new WeakMap<Answers, Map<string, readonly Step[]>>()));
  let byOptions = byAnswers.get(answers);
  if (!byOptions) byAnswers.set(answers, (byOptions = new Map<string, readonly Step[]>()));
  const key = optionsKey(options);
  let path = byOptions.get(key);
  if (!path) byOptions.set(key, (path = Object.freeze(buildPath(answers, options, instruments))));
  return path;
}

function buildPath(answers: Answers, options: FlowOptions, instruments: readonly Instrument[]): Step[] {
  const path: Step[] = [];
  for (const instrument of activeInstruments(options, instruments)) {
    const intro = introOf(instrument, options);
    if (intro) {
      path.push(intro);
      if (answers[intro.consentId] !== 1) continue;
    }
    path.push(...instrument.steps(answers));
  }
  return path;
}

/** Every step the check-in could show, for looking one up by id (in no particular order). */
function allSteps(instruments: readonly Instrument[]): Step[] {
  // Every question answered "yes" and "above 0" opens every follow-up there is.
  const everything: Record<string, number> = {};
  for (const instrument of instruments) {
    if (instrument.entry.kind === 'intro') everything[instrument.entry.consentId] = 1;
    for (const item of instrument.items) everything[item.id] = Math.max(...item.options.map((option) => option.value));
  }
  return [...pathFor(everything, {}, instruments)];
}

let cachedSteps: { instruments: readonly Instrument[]; steps: Step[] } | null = null;

export function findStep(id: string, instruments: readonly Instrument[] = INSTRUMENTS): Step | undefined {
  if (cachedSteps?.instruments !== instruments) cachedSteps = { instruments, steps: allSteps(instruments) };
  return cachedSteps.steps.find((step) => step.id === id);
}

function isAnswered(answers: Answers, step: Step): boolean {
  if (step.kind === 'support') return true;
  if (step.kind === 'intro') return answers[step.consentId] === 0 || answers[step.consentId] === 1;
  if (step.optional) return true;
  const value = answers[step.id];
  return step.item.options.some((o) => o.value === value);
}

/** The first step on the path still waiting for an answer, or RESULTS when there is none. */
export function firstPendingStepId(answers: Answers, options: FlowOptions = {}, instruments?: readonly Instrument[]): string {
  const pending = pathFor(answers, options, instruments).find((step) => !isAnswered(answers, step));
  return pending?.id ?? RESULTS;
}

/**
 * A step can be shown when it is on the path and every step before it has an answer. Anything else (an old
 * bookmark, a mistyped link, a reload that emptied the answers) is sent to the first step that still needs
 * an answer instead.
 */
export function canVisit(answers: Answers, id: string, options: FlowOptions = {}, instruments?: readonly Instrument[]): boolean {
  const path = pathFor(answers, options, instruments);
  const index = path.findIndex((step) => step.id === id);
  if (index === -1) return false;
  return path.slice(0, index).every((step) => isAnswered(answers, step));
}

/** The step after `id` on the path (RESULTS after the last one). */
export function nextStepId(answers: Answers, id: string, options: FlowOptions = {}, instruments?: readonly Instrument[]): string {
  const path = pathFor(answers, options, instruments);
  const index = path.findIndex((step) => step.id === id);
  return path[index + 1]?.id ?? RESULTS;
}

/** The step before `id` on the path, or null on the first question (Back then leads to the start page). */
export function previousStepId(answers: Answers, id: string, options: FlowOptions = {}, instruments?: readonly Instrument[]): string | null {
  const path = pathFor(answers, options, instruments);
  const index = path.findIndex((step) => step.id === id);
  // On the first question (index 0) and on an unknown one (-1) there is no step before: null.
  return path[index - 1]?.id ?? null;
}

/**
 * After changing one answer from the review list: show crisis support if this answer brought it, then any
 * question the change made necessary, then the results again.
 */
export function nextAfterChange(answers: Answers, id: string, options: FlowOptions = {}, instruments?: readonly Instrument[]): string {
  const next = nextStepId(answers, id, options, instruments);
  if (next === SUPPORT) return SUPPORT;
  return firstPendingStepId(answers, options, instruments);
}

/**
 * Answers to questions the path no longer reaches (a follow-up whose opening answer changed to Never or
 * No). They are dropped, so the results never count an answer to a question that no longer applies. The
 * choices made on intros on the path are kept.
 */
export function unreachableAnswers(answers: Answers, options: FlowOptions = {}, instruments?: readonly Instrument[]): string[] {
  const onPath = new Set<string>();
  for (const step of pathFor(answers, options, instruments)) onPath.add(step.kind === 'intro' ? step.consentId : step.id);
  return Object.keys(answers).filter((id) => !onPath.has(id));
}

/** The question steps on the path, for the review list. */
export function questionsOnPath(answers: Answers, options: FlowOptions = {}, instruments?: readonly Instrument[]): QuestionStep[] {
  return pathFor(answers, options, instruments).filter((step): step is QuestionStep => step.kind === 'question');
}
