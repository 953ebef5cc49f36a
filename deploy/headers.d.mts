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
export function nginxSecurityHeaders(reader?: boolean, styleHashes?: readonly string[]): string;
export function headersFile(styleHashes?: readonly string[]): string;
export function cspPolicy(options?: { styleHashes?: readonly string[]; header?: boolean }): string;
export function securityHeaders(styleHashes?: readonly string[]): readonly { readonly name: string; readonly value: string; readonly why: string }[];
export function readerHeaders(styleHashes?: readonly string[]): readonly { readonly name: string; readonly value: string; readonly why: string }[];
export const BUILD_HEADERS_DIR: string;
