// Types for hosts.mjs (plain JavaScript so Node scripts can import it as it is).
export const REDIRECT_STATUS: number;
export const CLOUDFLARE_LIMITS: { readonly dynamicRules: number; readonly lineLength: number };
export function redirectsFile(list: { versions: readonly { base: string }[]; redirects: readonly { from: string; to: string }[] }): string;
export function parseRedirects(text: string): { line: string; from: string; to: string; status: number; extra: string[] }[];
