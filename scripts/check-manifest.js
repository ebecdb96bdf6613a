#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml without network.
 *
 * Microsoft's `office-addin-manifest validate` posts the manifest to an online service, so it
 * fails offline; here we check what can be checked locally: well-formed XML, the manifest as
 * office-addin-manifest reads it, unique ids, every resid and its string lengths, every URL
 * against what webpack puts in dist/, icon pixel sizes, the ExcelApi minimum, and that each
 * FunctionName is registered with Office.actions.associate in src/commands/commands.ts; and
 * Microsoft's XML schema (scripts/manifest-xsd/, through libxml2 compiled to WebAssembly:
 * xmllint-wasm) for both the development manifest and the production rewrite.
 * `--online` also runs Microsoft's validation service.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { checkPublicUrl, manifestVersion, packageVersion, publishManifest } = require('./release');

const ROOT = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const SCHEMA_DIR = path.join(__dirname, 'manifest-xsd');
/** The add-in-only manifest's schema; the other files in SCHEMA_DIR are the ones it imports. */
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
/** Where the production rewrite is checked to point when BEHOVSMELDING_PUBLIC_URL is not set. */
const SAMPLE_PUBLIC_URL = 'https://tillegg.example.no/behovsmelding/';
/** Volume-licensed Office 2021 stops at ExcelApi 1.14 (DESIGN.md). */
const MAX_EXCEL_API = '1.14';
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

// --- A small, strict XML parser ------------------------------------------------------------

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses an XML document into `{ name, attrs, children, text, line }` elements.
 * Throws on anything not well-formed, naming the line.
 */
function parseXml(source) {
  let pos = 0;
  const lineAt = (at) => source.slice(0, at).split('\n').length;
  const fail = (message, at = pos) => {
    throw new Error(`Ugyldig XML på linje ${lineAt(at)}: ${message}`);
  };
  const decode = (raw, at) =>
    raw.replace(/&([^;]*);/g, (_, entity) => {
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      if (entity in ENTITIES) return ENTITIES[entity];
      return fail(`ukjent entitet &${entity};`, at);
    });
  const checkText = (raw, at) => {
    if (raw.includes('<')) fail('«<» i tekst', at);
    if (/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/i.test(raw)) fail('«&» som ikke starter en entitet', at);
    return decode(raw, at);
  };
  const skipMisc = () => {
    for (;;) {
      const rest = source.slice(pos);
      const space = /^\s+/.exec(rest);
      if (space) pos += space[0].length;
      else if (rest.startsWith('<!--')) {
        const end = source.indexOf('-->', pos);
        if (end < 0) fail('kommentar uten slutt');
        pos = end + 3;
      } else if (rest.startsWith('<?')) {
        const end = source.indexOf('?>', pos);
        if (end < 0) fail('prosesseringsinstruksjon uten slutt');
        pos = end + 2;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.:-]*/;

  const parseElement = () => {
    const start = pos;
    if (source[pos] !== '<') fail('forventet et element');
    pos++;
    const name = NAME.exec(source.slice(pos));
    if (!name) fail('mangler elementnavn');
    pos += name[0].length;
    const element = { name: name[0], attrs: {}, children: [], text: '', line: lineAt(start) };
    for (;;) {
      const rest = source.slice(pos);
      const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
      if (attr) {
        if (attr[1] in element.attrs) fail(`attributtet ${attr[1]} står to ganger`);
        element.attrs[attr[1]] = checkText(attr[3] ?? attr[4], pos);
        pos += attr[0].length;
        continue;
      }
      const close = /^\s*(\/?)>/.exec(rest);
      if (!close) fail(`uventet tegn i <${element.name}>`);
      pos += close[0].length;
      if (close[1]) return element;
      break;
    }
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) fail(`<${element.name}> lukkes aldri`, start);
      element.text += checkText(source.slice(pos, next), pos);
      pos = next;
      if (source.startsWith('</', pos)) {
        const end = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(source.slice(pos));
        if (!end || end[1] !== element.name) fail(`<${element.name}> (linje ${element.line}) lukkes med feil slutt-tagg`);
        pos += end[0].length;
        element.text = element.text.trim();
        return element;
      }
      if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos);
        if (end < 0) fail('kommentar uten slutt');
        pos = end + 3;
      } else if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('CDATA uten slutt');
        element.text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source.startsWith('<!', pos) || source.startsWith('<?', pos)) {
        fail('DOCTYPE og prosesseringsinstruksjoner støttes ikke inne i dokumentet');
      } else element.children.push(parseElement());
    }
  };

  skipMisc();
  if (source.startsWith('<!DOCTYPE', pos)) fail('DOCTYPE støttes ikke');
  const root = parseElement();
  skipMisc();
  if (pos < source.length) fail('innhold etter rotelementet');
  return root;
}

// --- Reading the manifest ------------------------------------------------------------------

const child = (el, name) => el?.children.find((c) => c.name === name);
const children = (el, name) => el?.children.filter((c) => c.name === name) ?? [];
const descendants = (el) => el.children.flatMap((c) => [c, ...descendants(c)]);

/** The facts tests and checks need, from the manifest's XML text. */
function readManifest(xml) {
  const root = parseXml(xml);
  const all = descendants(root);
  const overrides = child(root, 'VersionOverrides');
  const resources = child(overrides, 'Resources');
  const table = (group, item) => new Map(children(child(resources, group), item).map((e) => [e.attrs.id, e.attrs.DefaultValue]));
  const res = {
    images: table('bt:Images', 'bt:Image'),
    urls: table('bt:Urls', 'bt:Url'),
    shortStrings: table('bt:ShortStrings', 'bt:String'),
    longStrings: table('bt:LongStrings', 'bt:String'),
  };
  const icons = (el) =>
    children(child(el, 'Icon'), 'bt:Image').map((i) => ({ size: Number(i.attrs.size), url: res.images.get(i.attrs.resid) }));
  const host = child(child(overrides, 'Hosts'), 'Host');
  const desktop = child(host, 'DesktopFormFactor');
  const tabs = children(child(desktop, 'ExtensionPoint'), 'OfficeTab');

  return {
    root,
    id: child(root, 'Id')?.text,
    version: child(root, 'Version')?.text,
    type: root.attrs['xsi:type'],
    defaultLocale: child(root, 'DefaultLocale')?.text,
    displayName: child(root, 'DisplayName')?.attrs.DefaultValue,
    description: child(root, 'Description')?.attrs.DefaultValue,
    iconUrl: child(root, 'IconUrl')?.attrs.DefaultValue,
    highResolutionIconUrl: child(root, 'HighResolutionIconUrl')?.attrs.DefaultValue,
    supportUrl: child(root, 'SupportUrl')?.attrs.DefaultValue,
    /** The per-language URLs (<Override Value> of SupportUrl, bt:Url, …). */
    overrideUrls: all.filter((e) => /^(bt:)?Override$/.test(e.name) && /^https?:/.test(e.attrs.Value ?? '')).map((e) => e.attrs.Value),
    hosts: children(child(root, 'Hosts'), 'Host').map((h) => h.attrs.Name),
    requirements: children(child(child(root, 'Requirements'), 'Sets'), 'Set').map((s) => ({
      name: s.attrs.Name,
      minVersion: s.attrs.MinVersion,
    })),
    sourceLocation: child(child(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue,
    permissions: child(root, 'Permissions')?.text,
    overridesHost: host?.attrs['xsi:type'],
    functionFile: res.urls.get(child(desktop, 'FunctionFile')?.attrs.resid),
    groups: tabs.flatMap((tab) =>
      children(tab, 'Group').map((group) => ({
        tab: tab.attrs.id,
        id: group.attrs.id,
        label: res.shortStrings.get(child(group, 'Label')?.attrs.resid),
        icons: icons(group),
        controls: children(group, 'Control').map((control) => {
          const action = child(control, 'Action');
          return {
            id: control.attrs.id,
            type: control.attrs['xsi:type'],
            label: res.shortStrings.get(child(control, 'Label')?.attrs.resid),
            tooltip: res.longStrings.get(child(child(control, 'Supertip'), 'Description')?.attrs.resid),
            icons: icons(control),
            action: {
              type: action?.attrs['xsi:type'],
              functionName: child(action, 'FunctionName')?.text,
              sourceLocation: res.urls.get(child(action, 'SourceLocation')?.attrs.resid),
            },
          };
        }),
      })),
    ),
    resources: res,
    ids: all.filter((e) => e.attrs.id !== undefined).map((e) => ({ id: e.attrs.id, element: e.name, line: e.line })),
    resids: all.filter((e) => e.attrs.resid !== undefined).map((e) => ({ resid: e.attrs.resid, element: e.name, line: e.line })),
  };
}

// --- What dist/ serves ---------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** Paths under `dir` (relative, with /) matching a glob whose segments may hold `*`. */
function expandGlob(dir, glob) {
  const [segment, ...rest] = glob.split('/');
  if (segment === undefined || !fs.existsSync(dir)) return [];
  const match = globToRegExp(segment);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => match.test(entry.name))
    .flatMap((entry) => {
      if (rest.length === 0) return entry.isFile() ? [entry.name] : [];
      if (!entry.isDirectory()) return [];
      return expandGlob(path.join(dir, entry.name), rest.join('/')).map((sub) => `${entry.name}/${sub}`);
    });
}

/** dist path → source file, for the pages and copied files of the build (production by default). */
function distFiles(root, mode = 'production') {
  const createConfig = require(path.resolve(root, 'webpack.config.js'));
  const config = createConfig({}, { mode });
  const files = new Map();
  for (const plugin of config.plugins) {
    if (plugin.userOptions?.template) files.set(plugin.userOptions.filename, path.join(root, plugin.userOptions.template));
    for (const pattern of plugin.patterns ?? []) {
      const context = path.resolve(root, pattern.context ?? '');
      for (const relative of expandGlob(context, pattern.from)) {
        const ext = path.extname(relative);
        const target = pattern.to.endsWith('/')
          ? pattern.to + relative
          : pattern.to.replace('[name]', path.basename(relative, ext)).replace('[ext]', ext);
        files.set(target, path.join(context, relative));
      }
    }
  }
  return files;
}

// --- The checks ----------------------------------------------------------------------------

const compareVersions = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** Function names registered with Office.actions.associate in the commands source. */
function associatedFunctions(commandsSource) {
  return [...commandsSource.matchAll(/Office\.actions\.associate\(\s*(['"`])([^'"`]+)\1/g)].map((m) => m[2]);
}

/**
 * Runs every offline check. `overrides` replace the files read from `root` (for tests).
 * Returns the manifest facts (null when the XML does not parse) and a list of Norwegian problems.
 */
function checkManifest(root = ROOT, overrides = {}) {
  const problems = [];
  const xml = overrides.manifestXml ?? fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  let facts;
  try {
    facts = readManifest(xml);
  } catch (error) {
    return { facts: null, problems: [error.message] };
  }

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(facts.id ?? ''))
    problems.push(`Id «${facts.id}» er ingen GUID.`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(facts.version ?? '')) problems.push(`Version «${facts.version}» må ha fire tall (a.b.c.d).`);
  if (facts.type !== 'TaskPaneApp') problems.push('Manifestet er ikke et oppgaverutetillegg (xsi:type="TaskPaneApp").');
  if (!facts.hosts.includes('Workbook') || facts.overridesHost !== 'Workbook') problems.push('Excel (Workbook) mangler som vert.');

  const excelApi = facts.requirements.find((r) => r.name === 'ExcelApi');
  if (!excelApi) problems.push('Requirements mangler ExcelApi.');
  else if (compareVersions(excelApi.minVersion, MAX_EXCEL_API) > 0)
    problems.push(`ExcelApi ${excelApi.minVersion} er krevd, men Office 2021 har bare ${MAX_EXCEL_API}.`);

  const seen = new Map();
  for (const { id, line } of facts.ids) {
    if (seen.has(id)) problems.push(`id «${id}» brukes to ganger (linje ${seen.get(id)} og ${line}).`);
    else seen.set(id, line);
  }

  // Which resource table each referencing element must point into.
  const kinds = {
    'bt:Image': 'images',
    SourceLocation: 'urls',
    FunctionFile: 'urls',
    LearnMoreUrl: 'urls',
    Label: 'shortStrings',
    Title: 'shortStrings',
    Description: 'longStrings',
  };
  for (const { resid, element, line } of facts.resids) {
    if (resid.length > MAX_RESID) problems.push(`resid «${resid}» er lengre enn ${MAX_RESID} tegn (linje ${line}).`);
    const kind = kinds[element];
    if (kind && !facts.resources[kind].has(resid))
      problems.push(`<${element} resid="${resid}"> (linje ${line}) peker ikke på noen ressurs i ${kind}.`);
  }
  for (const [id, text] of facts.resources.shortStrings)
    if (text.length > MAX_SHORT_STRING) problems.push(`Teksten ${id} er lengre enn ${MAX_SHORT_STRING} tegn.`);
  for (const [id, text] of facts.resources.longStrings)
    if (text.length > MAX_LONG_STRING) problems.push(`Teksten ${id} er lengre enn ${MAX_LONG_STRING} tegn.`);

  // Every URL of ours must be something the build puts in dist/; icons must have their size.
  const served = distFiles(root);
  const icons = [
    { url: facts.iconUrl, size: 32, where: 'IconUrl' },
    { url: facts.highResolutionIconUrl, size: 64, where: 'HighResolutionIconUrl' },
    ...facts.groups.flatMap((g) => [g, ...g.controls].flatMap((e) => e.icons.map((i) => ({ ...i, where: e.id })))),
  ];
  const urls = [
    ...icons.map((i) => i.url),
    facts.supportUrl,
    ...facts.overrideUrls,
    facts.sourceLocation,
    facts.functionFile,
    ...facts.resources.urls.values(),
    ...facts.resources.images.values(),
  ];
  for (const url of new Set(urls)) {
    if (!url) continue;
    if (!url.startsWith('https://')) problems.push(`${url} er ikke https.`);
    else if (url.startsWith(DEV_URL) && !served.has(url.slice(DEV_URL.length)))
      problems.push(`${url} finnes ikke i dist/ (ingen side eller kopiert fil heter ${url.slice(DEV_URL.length)}).`);
  }
  for (const { url, size, where } of icons) {
    const source = url?.startsWith(DEV_URL) ? served.get(url.slice(DEV_URL.length)) : undefined;
    if (!source || !fs.existsSync(source)) continue;
    const actual = pngSize(fs.readFileSync(source));
    if (!actual) problems.push(`${path.relative(root, source)} (${where}) er ikke en PNG.`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`${path.relative(root, source)} (${where}) er ${actual.width}×${actual.height}, skal være ${size}×${size}.`);
  }

  // Function commands: each FunctionName must be registered by the function file's script.
  const functionNames = facts.groups.flatMap((g) => g.controls.map((c) => c.action.functionName).filter(Boolean));
  if (functionNames.length > 0) {
    const commandsPath = path.join(root, 'src/commands/commands.ts');
    const commandsSource = overrides.commandsSource ?? (fs.existsSync(commandsPath) ? fs.readFileSync(commandsPath, 'utf8') : null);
    if (commandsSource === null) problems.push('src/commands/commands.ts finnes ikke, men båndet har funksjonskommandoer.');
    else {
      const registered = associatedFunctions(commandsSource);
      for (const name of functionNames)
        if (!registered.includes(name))
          problems.push(`FunctionName «${name}» er ikke registrert med Office.actions.associate i src/commands/commands.ts.`);
    }
    if (!facts.functionFile) problems.push('Båndet har funksjonskommandoer, men FunctionFile mangler.');
  }

  return { facts, problems };
}

// --- Microsoft's schema ------------------------------------------------------------------

/**
 * Validates manifest XML against Microsoft's schema; returns the Norwegian problems, each with
 * libxml2's own message (empty when valid). `label` names the copy in the messages.
 */
async function schemaProblems(xml, label = 'manifest.xml') {
  const { validateXML } = require('xmllint-wasm');
  const schemaFile = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8') });
  const imported = fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: imported.map(schemaFile),
  });
  if (result.valid) return [];
  const errors = result.errors.length > 0 ? result.errors : [{ message: result.rawOutput.trim(), loc: null }];
  return errors.map(
    (e) =>
      `${label} følger ikke Microsofts skjema${e.loc ? ` (linje ${e.loc.lineNumber})` : ''}: ${e.message.replace(/^Schemas validity error : /, '').trim()}`,
  );
}

/** The manifest as a release publishes it at `publicUrl` (scripts/release.js), with package.json's version. */
function publishedManifest(root, xml, publicUrl) {
  const { url, problems } = checkPublicUrl(publicUrl);
  if (problems) throw new Error(problems.join(' '));
  return publishManifest(xml, { publicUrl: url, version: manifestVersion(packageVersion(root)) });
}

// --- Command line --------------------------------------------------------------------------

function runTool(command, args) {
  return spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
}

async function main() {
  const online = process.argv.includes('--online');
  const manifestPath = path.join(ROOT, 'manifest.xml');
  const { facts, problems } = checkManifest();

  const xml = fs.readFileSync(manifestPath, 'utf8');
  const publicUrl = process.env.BEHOVSMELDING_PUBLIC_URL || SAMPLE_PUBLIC_URL;
  problems.push(...(await schemaProblems(xml)));
  problems.push(...(await schemaProblems(publishedManifest(ROOT, xml, publicUrl), `produksjonsmanifestet (${publicUrl})`)));

  const info = runTool(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'info', manifestPath]);
  if (info.status !== 0 || (facts && !info.stdout.includes(facts.id))) {
    problems.push(`office-addin-manifest info kunne ikke lese manifestet: ${(info.stderr || info.stdout).trim()}`);
  }

  if (online) {
    const validate = runTool(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', manifestPath]);
    process.stdout.write(validate.stdout);
    if (validate.status !== 0) problems.push(`Microsofts validering feilet: ${(validate.stderr || validate.stdout).trim()}`);
  }

  if (problems.length > 0) {
    console.error(`manifest.xml har ${problems.length} problem${problems.length === 1 ? '' : 'er'}:`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exitCode = 1;
    return;
  }
  const controls = facts.groups.flatMap((g) => g.controls.map((c) => c.label)).join(', ');
  console.log(
    `✓ manifest.xml er i orden: ${facts.displayName} ${facts.version}, Excel (ExcelApi ${facts.requirements[0]?.minVersion}), knapper: ${controls}; Microsofts skjema godtar både dette og produksjonsmanifestet.`,
  );
  if (!online) {
    console.log('  Microsofts egen validering sender manifestet til en nettjeneste: npm run validate -- --online');
  }
}

module.exports = { parseXml, readManifest, pngSize, distFiles, associatedFunctions, checkManifest, schemaProblems, publishedManifest };

if (require.main === module) void main();
