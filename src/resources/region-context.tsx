import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { defaultRegion, findRegion, regionForLocale } from './regions';
import type { Region } from './types';

export interface RegionChoice {
  readonly region: Region;
  /** A `?region=` value was given but is not a region we have: the United States is used, with a notice. */
  readonly unknownRequested: boolean;
}

/** `?region=` decides; without it, the browser's locale may suggest one ("es-MX" → Mexico); else the US. */
export function chooseRegion(search: string, browserLanguages: readonly string[]): RegionChoice {
  const requested = new URLSearchParams(search).get('region');
  if (requested !== null) {
    const found = findRegion(requested.trim().toLowerCase());
    return found ? { region: found, unknownRequested: false } : { region: defaultRegion(), unknownRequested: true };
  }
  return { region: regionForLocale(browserLanguages) ?? defaultRegion(), unknownRequested: false };
}

interface RegionState {
  readonly region: Region;
  readonly setRegion: (id: string) => void;
}

const RegionContext = createContext<RegionState>({ region: defaultRegion(), setRegion: () => undefined });

/** The region whose services are shown, in memory for the visit; a picker can change it. */
export function RegionProvider({ initial, preferred, children }: { initial: Region; preferred?: Region; children: ReactNode }) {
  // The person's own choice from the picker, if any; until then the region asked for (by the link or the
  // browser: `preferred`, given once a page prerendered for the default region has hydrated).
  const [chosen, setChosen] = useState<Region | null>(null);
  const region = chosen ?? preferred ?? initial;
  const setRegion = useCallback((id: string) => setChosen((current) => findRegion(id) ?? current), []);
  // The same value while the region is the same, so hydrating (or choosing the same region) updates nothing.
  const value = useMemo(() => ({ region, setRegion }), [region, setRegion]);
  return <RegionContext value={value}>{children}</RegionContext>;
}

export function useRegion(): Region {
  return useContext(RegionContext).region;
}

export function useSetRegion(): (id: string) => void {
  return useContext(RegionContext).setRegion;
}
