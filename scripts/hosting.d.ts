/** Types for scripts/hosting.js: how a web server should serve dist/. */
export const OFFICE_CDN_ORIGIN: string;
export const OFFICE_TELEMETRY_ORIGIN: string;
export const FRAME_ANCESTORS: string[];
export const CONTENT_SECURITY_POLICY: string;
export const HASHED_DIR: string;
export const CACHE_IMMUTABLE: string;
export const CACHE_REVALIDATE: string;
export const MIME_TYPES: Record<string, string>;
export function headersFor(relativePath: string): Record<string, string>;
export function iisWebConfig(): string;
export function staticWebAppConfig(): string;
export function nginxConfig(prefix?: string, root?: string): string;
export function apacheConfig(): string;
