// Types for layers.mjs (plain JavaScript so eslint.config.js can import it as it is).
export const FEATURE_DEPENDENCIES: Readonly<Record<string, Readonly<Record<string, string>>>>;
export function mutualPairs(allowed?: Readonly<Record<string, readonly string[]>>): [string, string][];
export const LAYERS: {
  readonly elements: readonly { readonly type: string; readonly pattern: string }[];
  readonly ignored: readonly string[];
  readonly allowed: Readonly<Record<string, readonly string[]>>;
  readonly policies: readonly unknown[];
};
