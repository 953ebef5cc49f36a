// Types for headers.mjs (plain JavaScript so Node scripts can import it as it is).
export const CSP_DIRECTIVES: readonly string[];
export const HEADER_ONLY_CSP_DIRECTIVES: readonly string[];
export const META_CSP: string;
export const HEADER_CSP: string;
export const DISABLED_FEATURES: readonly string[];
export const PERMISSIONS_POLICY: string;
export const READER_PATHS: readonly string[];
export const READER_PERMISSIONS_POLICY: string;
export const READER_HEADERS: readonly { readonly name: string; readonly value: string; readonly why: string }[];
export const SECURITY_HEADERS: readonly { readonly name: string; readonly value: string; readonly why: string }[];
export const CACHE_CONTROL: { readonly immutable: string; readonly revalidate: string };
export const REVALIDATED_FILES: readonly string[];
export interface InlineHashes {
  readonly styleHashes?: readonly string[];
  readonly scriptHashes?: readonly string[];
}
export function nginxSecurityHeaders(reader?: boolean, hashes?: InlineHashes): string;
export function headersFile(hashes?: InlineHashes): string;
export function cspPolicy(options?: InlineHashes & { header?: boolean }): string;
export function securityHeaders(hashes?: InlineHashes): readonly { readonly name: string; readonly value: string; readonly why: string }[];
export function readerHeaders(hashes?: InlineHashes): readonly { readonly name: string; readonly value: string; readonly why: string }[];
export const BUILD_HEADERS_DIR: string;
