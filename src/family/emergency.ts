/**
 * Which emergency guidance the ticked signs call for: any overdose sign → the overdose steps; any sign of
 * suicide talk → the suicide steps. Pure, so the rule is tested apart from the page.
 */
import type { FamilyGuide } from './guide-schema';

export interface Emergencies {
  readonly overdose: boolean;
  readonly suicide: boolean;
}

export function emergenciesFor(guide: FamilyGuide, ticked: ReadonlySet<string>): Emergencies {
  const groupTicked = (id: 'overdose' | 'suicide') =>
    guide.checklist.groups.some((group) => group.id === id && group.signs.some((sign) => ticked.has(sign.id)));
  return { overdose: groupTicked('overdose'), suicide: groupTicked('suicide') };
}

const RELEVANT: Record<string, readonly string[]> = {
  mood: ['talk', 'crisis-line'],
  opioids: ['talk', 'naloxone', 'overdose'],
  overdose: ['overdose', 'naloxone'],
  suicide: ['crisis-line'],
};

/** Guidance sections, those that fit the ticked signs first (otherwise in the guide's order). */
export function orderedSections<S extends { readonly id: string }>(sections: readonly S[], guide: FamilyGuide, ticked: ReadonlySet<string>): S[] {
  const tickedGroups = guide.checklist.groups.filter((g) => g.signs.some((s) => ticked.has(s.id))).map((g) => g.id);
  const relevant = new Set(tickedGroups.flatMap((id) => RELEVANT[id] ?? []));
  return [...sections].sort((a, b) => Number(relevant.has(b.id)) - Number(relevant.has(a.id)));
}
