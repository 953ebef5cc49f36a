import { US } from './regions/us';
import type { Region } from './types';

/** The region whose services are shown. Only the United States for now; regions are data files. */
export function useRegion(): Region {
  return US;
}
