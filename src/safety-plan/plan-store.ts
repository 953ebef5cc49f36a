/**
 * A safety plan while it is being written: in memory only, like the answers (never in storage, a cookie or
 * the address). Cleared by Leave, Shift ×3 and "Delete my answers and start over", and gone when the tab
 * is closed or reloaded. Plain TypeScript, no React.
 */
import { PLAN_FIELDS, type PlanField } from './plan-steps';

export type Plan = Readonly<Record<PlanField, string>>;

export const EMPTY_PLAN: Plan = Object.freeze(Object.fromEntries(PLAN_FIELDS.map((field) => [field, ''])) as Record<PlanField, string>);

export interface PlanStore {
  readonly getSnapshot: () => Plan;
  readonly subscribe: (listener: () => void) => () => void;
  readonly set: (field: PlanField, value: string) => void;
  readonly clear: () => void;
}

export function createPlanStore(): PlanStore {
  let plan = EMPTY_PLAN;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  return {
    getSnapshot: () => plan,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (field, value) => {
      if (plan[field] === value) return;
      plan = Object.freeze({ ...plan, [field]: value });
      emit();
    },
    clear: () => {
      if (plan === EMPTY_PLAN) return;
      plan = EMPTY_PLAN;
      emit();
    },
  };
}

/** Written in: any field with more than spaces. */
export const isEmptyPlan = (plan: Plan) => PLAN_FIELDS.every((field) => plan[field].trim() === '');
