import { useTranslation } from 'react-i18next';
import { REGIONS } from './regions';
import { useRegion, useSetRegion } from './region-context';
import { useHydrated } from '../ui/use-hydrated';

/** Choose whose help services and emergency numbers are shown. Changes what is shown, nothing else. */
export function RegionPicker() {
  const { t } = useTranslation('resources');
  const region = useRegion();
  const setRegion = useSetRegion();
  const hydrated = useHydrated();
  return (
    <div className="region-picker">
      <label className="label" htmlFor="region-select">
        {t('regions.label')}
      </label>
      <select
        id="region-select"
        className="select"
        value={region.id}
        disabled={!hydrated}
        onChange={(event) => setRegion(event.currentTarget.value)}
      >
        {REGIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {t(`regions.${r.id}` as 'regions.us')}
          </option>
        ))}
      </select>
    </div>
  );
}
