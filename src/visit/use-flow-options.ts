import { flowOptionsFor, type FlowOptions } from '../instruments/registry';
import { useLinkSettings } from './link-settings-context';
import { useVersion } from './version-context';

/** What the check-in asks on this visit: from the clinician's link, in the visit's language. */
export function useFlowOptions(): FlowOptions {
  const { settings } = useLinkSettings();
  const { lang } = useVersion();
  return flowOptionsFor(settings, lang);
}
