/** Types for scripts/manifest.js: `npm run manifest`. */
export interface ReleaseOptions {
  url: string;
  supportUrl?: string;
  revision?: string | number;
  /** The whole <Version>, for rolling a manifest back. */
  version?: string;
  dist?: string;
  out?: string;
}
export function writeReleaseManifest(
  options: ReleaseOptions,
  root?: string,
): Promise<{ problems: string[]; file?: string; xml?: string; version?: string; publicUrl?: string }>;
export function releaseProblems(xml: string, options: { publicUrl: string; distDir: string; supportUrl?: string }): string[];
export function buildProblems(distDir: string): string[];
/** Every URL a manifest names, with what refers to it and, for icons, the declared pixel size. */
export function manifestUrls(facts: import('./check-manifest').ManifestFacts): Array<{ url: string; where: string; size?: number }>;
