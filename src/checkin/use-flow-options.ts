import { useLinkSettings } from '../clinicians/link-settings-context';
import type { FlowOptions } from './flow';

/** What the check-in asks, from the clinician's link (mood only, or mood and substance use). */
export function useFlowOptions(): FlowOptions {
  const { settings } = useLinkSettings();
  return { substance: settings.parts !== 'mood' };
}
