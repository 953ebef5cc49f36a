import { createContext, useContext } from 'react';
import { defaultRegion } from '../regions';
import type { Region } from '../regions/types';
import { DEFAULT_VERSION, type Version } from './versions';

/**
 * The version of the site being read (its language and country, from the address: src/visit/versions.ts)
 * and that country's help services. Set once by the app shell from the address; every feature reads it.
 */
export interface VersionState {
  readonly version: Version;
  readonly region: Region;
}

export const VersionContext = createContext<VersionState>({ version: DEFAULT_VERSION, region: defaultRegion() });

export function useVersion(): Version {
  return useContext(VersionContext).version;
}

/** The reader's country: whose numbers every page shows. */
export function useRegion(): Region {
  return useContext(VersionContext).region;
}
