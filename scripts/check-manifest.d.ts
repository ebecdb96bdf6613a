/** Types for scripts/check-manifest.js, so TypeScript tests can use its checks. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export interface ManifestIcon {
  size: number;
  url: string | undefined;
}

export interface ManifestControl {
  id: string;
  type: string;
  label: string | undefined;
  tooltip: string | undefined;
  icons: ManifestIcon[];
  action: { type: string | undefined; functionName: string | undefined; sourceLocation: string | undefined };
}

export interface ManifestFacts {
  root: XmlElement;
  id: string | undefined;
  version: string | undefined;
  type: string | undefined;
  defaultLocale: string | undefined;
  displayName: string | undefined;
  description: string | undefined;
  iconUrl: string | undefined;
  highResolutionIconUrl: string | undefined;
  supportUrl: string | undefined;
  overrideUrls: string[];
  hosts: string[];
  requirements: Array<{ name: string; minVersion: string }>;
  sourceLocation: string | undefined;
  permissions: string | undefined;
  overridesHost: string | undefined;
  functionFile: string | undefined;
  groups: Array<{ tab: string; id: string; label: string | undefined; icons: ManifestIcon[]; controls: ManifestControl[] }>;
  resources: Record<'images' | 'urls' | 'shortStrings' | 'longStrings', Map<string, string>>;
  ids: Array<{ id: string; element: string; line: number }>;
  resids: Array<{ resid: string; element: string; line: number }>;
}

export function parseXml(source: string): XmlElement;
export function readManifest(xml: string): ManifestFacts;
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
/** dist path → source file for the pages and copied files of the build. */
export function distFiles(root: string, mode?: 'production' | 'development'): Map<string, string>;
export function associatedFunctions(commandsSource: string): string[];
export function checkManifest(
  root?: string,
  overrides?: { manifestXml?: string; commandsSource?: string },
): { facts: ManifestFacts | null; problems: string[] };
/** Norwegian problems with libxml2's messages when `xml` breaks Microsoft's manifest schema; empty when valid. */
export function schemaProblems(xml: string, label?: string): Promise<string[]>;
/** The manifest as the production build publishes it at `publicUrl`. */
export function publishedManifest(root: string, xml: string, publicUrl: string): string;
