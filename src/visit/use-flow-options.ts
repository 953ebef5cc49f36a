import { useLinkSettings } from './link-settings-context';
import type { FlowOptions } from '../checkin/flow';

/** What the check-in asks, from the clinician's link (mood only, or mood and substance use). */
export function useFlowOptions(): FlowOptions {
  const { settings } = useLinkSettings();
  return { substance: settings.parts !== 'mood' };
}
