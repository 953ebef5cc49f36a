/**
 * The numbers a sentence may name, as variables for interpolation: `{{emergency}}` and one per service,
 * by its id (`{{lifeline}}`, `{{samhsa}}`, `{{nors}}`…), each the service's first contact as shown.
 * Locale strings say "call {{emergency}}", never "call 911": the number comes from the reader's region.
 */
import type { Region } from './types';

export type RegionNumbers = Readonly<Record<string, string>>;

export function regionNumbers(region: Region): RegionNumbers {
  const numbers: Record<string, string> = { emergency: region.emergency };
  for (const resource of region.resources) {
    const first = resource.contacts[0];
    if (first) numbers[resource.id] = first.display;
  }
  return numbers;
}
