import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPlanStore, type Plan, type PlanStore } from './plan-store';

const PlanContext = createContext<PlanStore | null>(null);

/** The plan being written, for every page of the visit (the app gives the store it clears on Leave). */
export function PlanProvider({ children, store }: { children: ReactNode; store?: PlanStore }) {
  const [value] = useState(() => store ?? createPlanStore());
  return <PlanContext value={value}>{children}</PlanContext>;
}

export function usePlanStore(): PlanStore {
  const store = useContext(PlanContext);
  if (!store) throw new Error('usePlanStore must be used inside <PlanProvider>');
  return store;
}

export function usePlan(): Plan {
  const store = usePlanStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
