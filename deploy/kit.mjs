// The deployment kit, in one command (see deploy/README.md):
//
//   npm run kit -- --origin https://probity.example.gov.uk --council path/to/council.json
//
// builds everything a council's IT team deploys, for the HTTPS origin that
// will serve it, into kit/ (or --out): the Outlook add-in package and its
// web files, the review page beside them, the packed Chrome/Edge extension
// with its update manifest, Windows policy files for Chrome and Edge, an
// Intune example and Firefox's policies.json. The extension is signed with
// the council's own key (--key; made on first use and kept), which fixes
// its id for good.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extensionId, manifestKey, newSigningKey, packCrx, publicKeyDer } from './crx.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX_ID = 'probity@probity.app';

const { values } = parseArgs({
  options: {
    origin: { type: 'string' },
    council: { type: 'string' },
    key: { type: 'string', default: join(repo, 'deploy', 'keys', 'probity-extension.pem') },
    out: { type: 'string', default: join(repo, 'kit') },
  },
});

function fail(message) {
  console.error(`kit: ${message}`);
  process.exit(2);
}

if (!values.origin || !values.council) fail('give --origin https://… (where the kit\'s web/ folder will be served) and --council path/to/council.json');
let origin;
try {
  origin = new URL(values.origin);
} catch {
  fail(`--origin is not a URL: ${values.origin}`);
}
if (origin.protocol !== 'https:' || origin.pathname !== '/' || origin.search || origin.hash) fail(`--origin must be an https:// origin with no path: ${values.origin}`);
origin = origin.origin;
const councilPath = resolve(values.council);
if (!existsSync(councilPath)) fail(`--council: no file at ${councilPath}`);
const council = JSON.parse(readFileSync(councilPath, 'utf8'));

const keyPath = resolve(values.key);
if (!existsSync(keyPath)) {
  mkdirSync(dirname(keyPath), { recursive: true });
  writeFileSync(keyPath, newSigningKey(), { mode: 0o600 });
  console.log(`kit: made a new extension signing key at ${keyPath}. Keep it safe and use it for every later kit: it is the extension's identity.`);
}
const key = readFileSync(keyPath, 'utf8');
const id = extensionId(publicKeyDer(key));

const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
const web = join(out, 'web');
mkdirSync(web, { recursive: true });

/** Runs one of the project's builds; a build that refuses (it has said why) stops the kit. */
function run(args, env) {
  try {
    execFileSync(process.execPath, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
  } catch {
    process.exit(2);
  }
}

// The add-in: web files for the origin, the council's configuration built in (and checked) now.
run([join(repo, 'outlook-addin', 'build.mjs')], { PROBITY_ADDIN_ORIGIN: origin, PROBITY_COUNCIL_JSON: councilPath, PROBITY_ADDIN_OUT: web });
const outlook = join(out, 'outlook');
mkdirSync(outlook, { recursive: true });
for (const name of ['probity-outlook.zip', 'manifest.xml']) cpSync(join(web, name), join(outlook, name));
rmSync(join(web, 'probity-outlook.zip'));

// The extension, with the council's key, packed and signed.
const extensionDist = join(out, '.extension-build');
run([join(repo, 'extension', 'build.mjs')], { PROBITY_EXTENSION_KEY: manifestKey(key), PROBITY_EXTENSION_OUT: extensionDist });
const { version } = JSON.parse(readFileSync(join(extensionDist, 'chromium', 'manifest.json'), 'utf8'));
const zipOf = (browser) => join(extensionDist, readdirSync(extensionDist).find((name) => name.startsWith(`probity-${browser}-`) && name.endsWith('.zip')));
const hosted = join(web, 'extension');
mkdirSync(hosted, { recursive: true });
writeFileSync(join(hosted, 'probity.crx'), packCrx(readFileSync(zipOf('chromium')), key));
writeFileSync(join(hosted, 'update.xml'), updateManifest(id, version, `${origin}/extension/probity.crx`));

// The review page beside the add-in, for councils that run Outlook only: it checks letters and press releases in the browser.
const review = join(web, 'review');
mkdirSync(review, { recursive: true });
// The page's scripts are all named review*.js: the page, its worker and the chunks they import (extension/build.mjs).
const reviewScripts = readdirSync(join(extensionDist, 'chromium')).filter((name) => /^review(-[\w.-]+)?\.js$/.test(name));
for (const name of ['review.html', ...reviewScripts, 'panel.css', 'pages.css']) cpSync(join(extensionDist, 'chromium', name), join(review, name));
cpSync(join(extensionDist, 'chromium', 'icons'), join(review, 'icons'), { recursive: true });

// Browser policy.
const policies = join(out, 'policies');
mkdirSync(policies, { recursive: true });
const updateUrl = `${origin}/extension/update.xml`;
writeFileSync(join(policies, 'chrome.reg'), registryFile('Google\\Chrome', id, updateUrl, council));
writeFileSync(join(policies, 'edge.reg'), registryFile('Microsoft\\Edge', id, updateUrl, council));
writeFileSync(join(policies, 'intune-oma-uri.txt'), intuneSettings(id, updateUrl));
writeFileSync(join(policies, 'chrome-edge-managed.json'), `${JSON.stringify(managedPolicy(id, updateUrl, council), null, 2)}\n`);
cpSync(join(extensionDist, 'chromium', 'managed-schema.json'), join(policies, 'managed-schema.json'));
const firefox = join(out, 'firefox');
mkdirSync(firefox, { recursive: true });
cpSync(zipOf('firefox'), join(firefox, `probity-firefox-${version}.zip`));
writeFileSync(join(firefox, 'policies.json'), `${JSON.stringify(firefoxPolicy(`${origin}/extension/probity-firefox.xpi`, council), null, 2)}\n`);

rmSync(extensionDist, { recursive: true, force: true });
writeFileSync(join(out, 'README.md'), readFileSync(join(repo, 'deploy', 'README.md'), 'utf8')
  .replaceAll('{{ORIGIN}}', origin).replaceAll('{{EXTENSION_ID}}', id).replaceAll('{{VERSION}}', version)
  .replaceAll('{{COUNCIL}}', String(council.council ?? '')));
console.log(`kit: built ${out} for ${origin}; extension id ${id}, version ${version}`);

/** Chrome's update manifest (gupdate), served beside the .crx: Chrome checks it for new versions. */
function updateManifest(appId, appVersion, codebase) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${appId}">
    <updatecheck codebase="${codebase}" version="${appVersion}"/>
  </app>
</gupdate>
`;
}

/** A string in a .reg file: backslashes and quotes escaped. */
function regString(text) {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * Force-install from the council's server (ExtensionInstallForcelist: "id;update URL"), and the council's
 * configuration as the extension's managed storage (the "3rdparty" policy; Chrome and Edge read an object
 * policy given as a JSON string in the registry). Regedit's version 5 format is UTF-16LE with a byte-order
 * mark and CRLF line ends, so names with accents survive.
 */
function registryFile(browserKey, appId, url, config) {
  return Buffer.from(`\ufeff${registryText(browserKey, appId, url, config)}`, 'utf16le');
}

function registryText(browserKey, appId, url, config) {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  return `Windows Registry Editor Version 5.00

[${root}\\ExtensionInstallForcelist]
"1"=${regString(`${appId};${url}`)}

[${root}\\3rdparty\\extensions\\${appId}\\policy]
"council"=${regString(JSON.stringify(config))}
`.replaceAll('\n', '\r\n');
}

function managedPolicy(appId, url, config) {
  return {
    ExtensionSettings: { [appId]: { installation_mode: 'force_installed', update_url: url } },
    '3rdparty': { extensions: { [appId]: { council: config } } },
  };
}

/**
 * Intune custom settings (OMA-URI): each browser's administrative template ingested under an app name, then the
 * ADMX-backed ExtensionInstallForcelist policy set through that name (Policy CSP, "Win32 and Desktop Bridge app
 * ADMX policy ingestion"; the paths and the list's data id as Google's "Force install extensions with Intune"
 * and Microsoft's Edge-with-Intune pages give them). The list's items are separated by U+F000, written &#xF000;.
 */
function intuneSettings(appId, url) {
  const row = (name, omaUri, type, value) => `${name}
  OMA-URI:   ${omaUri}
  Data type: ${type}
  Value:     ${value}
`;
  const ingest = (app, file, source) => row(`${app}: ingest the administrative template`,
    `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${app}/Policy/${app}Admx`, 'String', `the whole of ${file} (${source})`);
  const install = (app, category) => row(`${app}: install Probity`,
    `./Device/Vendor/MSFT/Policy/Config/${app}~Policy~${category}~Extensions/ExtensionInstallForcelist`, 'String',
    `<enabled/><data id="ExtensionInstallForcelistDesc" value="1&#xF000;${appId};${url}"/>`);
  return `Intune: Devices > Configuration > Create > Windows 10 and later > Templates > Custom, one profile with these rows.
Each browser's template is ingested first, under the app name its policy rows then use.

${ingest('Chrome', 'chrome.admx', "Google's Chrome policy templates, Windows ADMX")}
${install('Chrome', 'googlechrome')}
${ingest('Edge', 'msedge.admx', "Microsoft's Edge policy files, Windows ADMX")}
${install('Edge', 'microsoft_edge')}
The council configuration (managed storage) has no ADMX setting: deploy chrome.reg and edge.reg
as a Win32 app or a remediation script (reg import), or use the Settings catalog's
"Configure extension management settings" with chrome-edge-managed.json's ExtensionSettings.
`;
}

/** Firefox: install from the council's server and hand the extension the configuration (policies.json). */
function firefoxPolicy(installUrl, config) {
  return {
    policies: {
      ExtensionSettings: { [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: installUrl } },
      '3rdparty': { Extensions: { [FIREFOX_ID]: { council: config } } },
    },
  };
}
