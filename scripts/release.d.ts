/** Types for scripts/release.js: the manifest as a release publishes it. */
export const ROOT: string;
export function checkPublicUrl(text: string | undefined): { url: string; problems?: undefined } | { url?: undefined; problems: string[] };
export function manifestVersion(packageVersion: string, revision?: number): string;
export function packageVersion(root?: string): string;
export function publishManifest(xml: string, options: { publicUrl?: string | null; version: string; supportUrl?: string }): string;
