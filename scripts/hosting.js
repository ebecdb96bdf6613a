/**
 * How a web server should serve dist/: the headers (Content Security Policy, caching, MIME types),
 * one source for the deployment check's test server (tests/browser/deploy.test.ts), the server
 * configurations the build puts in dist/ (IIS web.config, Azure Static Web Apps), and the nginx and
 * Apache examples in DRIFT.md (tests/hosting.test.ts keeps them equal).
 */

/** Microsoft's CDN, where office.js and the files it loads come from. */
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
/** office.js opens a telemetry frame from here a few seconds after it loads. */
const OFFICE_TELEMETRY_ORIGIN = 'https://telemetryservice.firstpartyapps.oaspapps.com';
/**
 * Who may frame the pane. Excel on Windows and Mac shows the pane as a page of its own; Excel on
 * the web frames it inside pages from these hosts. Microsoft publishes no list (office-js #1005,
 * office-js-docs-pr #4911): this is what add-in developers report; DRIFT.md says how to add one.
 */
const FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.cloud.microsoft',
  'https://onedrive.live.com',
];

/**
 * Measured in Chromium on a build served from a sub-path: the pane, office.js and its telemetry
 * frame need nothing more. Fluent UI writes its styles at run time ('unsafe-inline' for styles);
 * the pane runs zod without eval (src/browser/no-eval.ts), so script-src needs no 'unsafe-eval'.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `frame-src ${OFFICE_TELEMETRY_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** Headers on every response. */
const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Where a production build puts its JavaScript: every file there has its content hash in its name. */
const HASHED_DIR = 'js';
/** Hashed files never change under their name; everything else is checked with the server each time. */
const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
const CACHE_REVALIDATE = 'no-cache';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  // Not in every server's default list: the demo's sample workbook.
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The headers for a file of dist/ at `relativePath` (with /, no leading slash). */
function headersFor(relativePath) {
  const extension = /\.[^./]+$/.exec(relativePath)?.[0].toLowerCase() ?? '';
  return {
    ...COMMON_HEADERS,
    'Content-Type': MIME_TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': relativePath.startsWith(`${HASHED_DIR}/`) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
  };
}

const xmlAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** IIS: web.config for the folder dist/ is copied to (a site's root or a folder under it). */
function iisWebConfig() {
  const headers = Object.entries(COMMON_HEADERS)
    .map(([name, value]) => `        <add name="${name}" value="${xmlAttribute(value)}" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Behovsmelding: headers and caching for IIS (DRIFT.md). -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".xlsx" />
      <mimeMap fileExtension=".xlsx" mimeType="${MIME_TYPES['.xlsx']}" />
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
${headers}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
  <location path="${HASHED_DIR}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

/** Azure Static Web Apps: staticwebapp.config.json at the root of what is deployed. */
function staticWebAppConfig() {
  return `${JSON.stringify(
    {
      globalHeaders: { ...COMMON_HEADERS, 'Cache-Control': CACHE_REVALIDATE },
      routes: [{ route: `/${HASHED_DIR}/*`, headers: { 'Cache-Control': CACHE_IMMUTABLE } }],
      mimeTypes: { '.xlsx': MIME_TYPES['.xlsx'] },
    },
    null,
    2,
  )}\n`;
}

/** nginx: a location block for dist/ at `prefix` (e.g. /behovsmelding/), files under `root` + prefix. */
function nginxConfig(prefix = '/behovsmelding/', root = '/var/www') {
  // add_header in an inner location replaces the outer ones: each block names them all.
  const headers = (cache) =>
    [...Object.entries(COMMON_HEADERS), ['Cache-Control', cache]].map(([name, value]) => `add_header ${name} "${value}" always;`);
  const indent = (lines, spaces) => lines.map((line) => ' '.repeat(spaces) + line).join('\n');
  // nginx's own mime.types already maps .xlsx; a types block here would replace the whole map.
  return `location ${prefix} {
    root ${root};
${indent(headers(CACHE_REVALIDATE), 4)}

    location ${prefix}${HASHED_DIR}/ {
${indent(headers(CACHE_IMMUTABLE), 8)}
    }
}
`;
}

/** Apache httpd: for the folder's .htaccess (AllowOverride FileInfo) or a <Directory> block; needs mod_headers. */
function apacheConfig() {
  const headers = Object.entries(COMMON_HEADERS).map(([name, value]) => `Header always set ${name} "${value}"`);
  return `AddType ${MIME_TYPES['.xlsx']} .xlsx
${headers.join('\n')}
Header always set Cache-Control "${CACHE_REVALIDATE}"
<If "%{REQUEST_URI} =~ m#/${HASHED_DIR}/[^/]+$#">
    Header always set Cache-Control "${CACHE_IMMUTABLE}"
</If>
`;
}

module.exports = {
  OFFICE_CDN_ORIGIN,
  OFFICE_TELEMETRY_ORIGIN,
  FRAME_ANCESTORS,
  CONTENT_SECURITY_POLICY,
  HASHED_DIR,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  MIME_TYPES,
  headersFor,
  iisWebConfig,
  staticWebAppConfig,
  nginxConfig,
  apacheConfig,
};
