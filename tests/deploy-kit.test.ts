/**
 * The deployment kit (deploy/): the CRX3 writer checked against a CRX that
 * Debian's Chromium packs from the same key, and one kit built end to end.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId, manifestKey, newSigningKey, packCrx, publicKeyDer } from '../deploy/crx.mjs';

const REPO = join(import.meta.dirname, '..');

/**
 * The ExtensionInstallForcelist policy as each browser's ADMX defines it, by the app name the kit ingests it under:
 * category path and list id from Google's "Force install extensions with Intune" (support.google.com/chrome/a) and
 * Microsoft's "Configure Microsoft Edge policy settings in Windows with Microsoft Intune" (learn.microsoft.com).
 */
const ADMX_POLICIES: Record<string, { category: string; policy: string; listId: string }> = {
  Chrome: { category: 'googlechrome~Extensions', policy: 'ExtensionInstallForcelist', listId: 'ExtensionInstallForcelistDesc' },
  Edge: { category: 'microsoft_edge~Extensions', policy: 'ExtensionInstallForcelist', listId: 'ExtensionInstallForcelistDesc' },
};

/** Reads a protocol buffer's length-delimited fields (all a CRX3 header has): field number → values. */
function fields(bytes: Buffer): Map<number, Buffer[]> {
  const found = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * shift;
      shift *= 128;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const tag = varint();
    expect(tag % 8, 'length-delimited').toBe(2);
    const length = varint();
    const number = Math.floor(tag / 8);
    found.set(number, [...found.get(number) ?? [], bytes.subarray(at, at + length)]);
    at += length;
  }
  return found;
}

/** A CRX3 file taken apart and its signature checked, as Chromium's crx_verifier does. */
function readCrx(file: Buffer) {
  expect(file.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(file.readUInt32LE(4)).toBe(3);
  const headerLength = file.readUInt32LE(8);
  const header = fields(file.subarray(12, 12 + headerLength));
  const archive = file.subarray(12 + headerLength);
  const [proof] = header.get(2)!;
  const key = fields(proof!).get(1)![0]!;
  const signature = fields(proof!).get(2)![0]!;
  const signedData = header.get(10000)![0]!;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const valid = verify('sha256', Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, signedData, archive]),
    createPublicKey({ key, format: 'der', type: 'spki' }), signature);
  return { key, signedData, crxId: fields(signedData).get(1)![0]!, archive, valid };
}

describe('the CRX3 writer', () => {
  it('writes what Chromium writes for the same key: public key, crx id and signed data, with a signature that verifies', async () => {
    const work = mkdtempSync(join(tmpdir(), 'probity-crx-'));
    const key = newSigningKey();
    writeFileSync(join(work, 'key.pem'), key);
    mkdirSync(join(work, 'ext'));
    writeFileSync(join(work, 'ext', 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Probity test', version: '1.0' }));
    execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--pack-extension=${join(work, 'ext')}`,
      `--pack-extension-key=${join(work, 'key.pem')}`], { stdio: 'ignore', timeout: 60_000 });
    const chromium = readCrx(readFileSync(join(work, 'ext.crx')));
    expect(chromium.valid).toBe(true);

    const zip = await new JSZip().file('manifest.json', '{"manifest_version":3,"name":"Probity test","version":"1.0"}').generateAsync({ type: 'nodebuffer' });
    const ours = readCrx(packCrx(zip, key));
    expect(ours.valid).toBe(true);
    expect(ours.key.equals(chromium.key)).toBe(true);
    expect(ours.key.equals(publicKeyDer(key))).toBe(true);
    expect(ours.signedData.equals(chromium.signedData)).toBe(true);
    expect(ours.archive.equals(zip)).toBe(true);
    expect(ours.crxId.equals(createHash('sha256').update(ours.key).digest().subarray(0, 16))).toBe(true);
    // The id Chrome shows: the crx id in hex, each digit written a–p.
    expect(extensionId(ours.key)).toMatch(/^[a-p]{32}$/);
    expect(Buffer.from(manifestKey(key), 'base64').equals(ours.key)).toBe(true);
  });

  it('fails verification when one byte of the extension changes', async () => {
    const zip = await new JSZip().file('a.txt', 'probity').generateAsync({ type: 'nodebuffer' });
    const crx = packCrx(zip, newSigningKey());
    crx.writeUInt8(crx.readUInt8(crx.length - 30) ^ 1, crx.length - 30);
    expect(readCrx(crx).valid).toBe(false);
  });
});

describe('npm run kit', () => {
  let kit: string;
  let key: string;
  const council = JSON.parse(readFileSync(join(REPO, 'core/data/example-council.json'), 'utf8'));

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'probity-kit-'));
    kit = join(work, 'kit');
    key = join(work, 'keys', 'extension.pem');
    execFileSync(process.execPath, ['deploy/kit.mjs', '--origin', 'https://probity.example.gov.uk', '--council',
      join(REPO, 'core/data/example-council.json'), '--key', key, '--out', kit], { cwd: REPO, stdio: 'pipe', timeout: 300_000 });
  }, 300_000);

  it('lays out the files the README lists', () => {
    for (const path of ['README.md', 'web/taskpane.html', 'web/onsend.js', 'web/commands.html', 'web/manifest.json',
      'web/review/review.html', 'web/review/review.js', 'web/extension/probity.crx', 'web/extension/update.xml',
      'outlook/probity-outlook.zip', 'outlook/manifest.xml', 'policies/chrome.reg', 'policies/edge.reg',
      'policies/intune-oma-uri.txt', 'policies/chrome-edge-managed.json', 'policies/managed-schema.json', 'firefox/policies.json']) {
      expect(existsSync(join(kit, path)), path).toBe(true);
    }
    expect(existsSync(key), 'the signing key is kept for the next kit').toBe(true);
  });

  it('signs the extension with the council\'s key, whose id the policies, update manifest and manifest key all name', async () => {
    const crx = readCrx(readFileSync(join(kit, 'web/extension/probity.crx')));
    expect(crx.valid).toBe(true);
    const id = extensionId(crx.key);
    expect(crx.key.equals(publicKeyDer(readFileSync(key, 'utf8')))).toBe(true);
    const manifest = JSON.parse(await (await JSZip.loadAsync(crx.archive)).file('manifest.json')!.async('string'));
    expect(Buffer.from(manifest.key, 'base64').equals(crx.key)).toBe(true);
    const update = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(kit, 'web/extension/update.xml'), 'utf8'));
    expect(update.gupdate.app.appid).toBe(id);
    expect(update.gupdate.app.updatecheck).toEqual({ codebase: 'https://probity.example.gov.uk/extension/probity.crx', version: manifest.version });
    const reg = readFileSync(join(kit, 'policies/chrome.reg'));
    expect([...reg.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = reg.toString('utf16le');
    expect(text).toContain(`"1"="${id};https://probity.example.gov.uk/extension/update.xml"\r\n`);
    expect(text).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy]`);
    const value = /"council"="((?:[^"\\]|\\.)*)"/.exec(text)![1]!.replace(/\\(.)/g, '$1');
    expect(JSON.parse(value)).toEqual(council);
    expect(readFileSync(join(kit, 'policies/edge.reg')).toString('utf16le')).toContain('Policies\\Microsoft\\Edge\\ExtensionInstallForcelist');
    expect(readFileSync(join(kit, 'policies/intune-oma-uri.txt'), 'utf8')).toContain(`value="1&#xF000;${id};https://probity.example.gov.uk/extension/update.xml"`);
    expect(readFileSync(join(kit, 'README.md'), 'utf8')).toContain(id);
  });

  it('gives Intune rows that ingest each template before setting a policy that template defines, in well-formed XML', () => {
    const id = extensionId(publicKeyDer(readFileSync(key, 'utf8')));
    const text = readFileSync(join(kit, 'policies/intune-oma-uri.txt'), 'utf8');
    const rows = [...text.matchAll(/^(\S.*)\n {2}OMA-URI: +(\S+)\n {2}Data type: +(.+)\n {2}Value: +(.+)$/gm)]
      .map(([, name, omaUri, type, value]) => ({ name: name!, omaUri: omaUri!, type: type!, value: value! }));
    expect(rows.map((row) => row.name)).toEqual(['Chrome: ingest the administrative template', 'Chrome: install Probity',
      'Edge: ingest the administrative template', 'Edge: install Probity']);
    const ingested = new Set<string>();
    for (const row of rows) {
      expect(row.type).toBe('String');
      const ingest = /^\.\/Device\/Vendor\/MSFT\/Policy\/ConfigOperations\/ADMXInstall\/(\w+)\/Policy\/\w+$/.exec(row.omaUri);
      if (ingest) {
        ingested.add(ingest[1]!);
        continue;
      }
      const policy = /^\.\/Device\/Vendor\/MSFT\/Policy\/Config\/(\w+)~Policy~(\w+~\w+)\/(\w+)$/.exec(row.omaUri);
      expect(policy, row.omaUri).not.toBeNull();
      const [, app, category, name] = policy!;
      expect(ingested, `${app} is ingested before its policy is set`).toContain(app);
      // The category and policy the browser's own ADMX defines, and its list's data id.
      expect(ADMX_POLICIES[app!], app).toEqual({ category, policy: name, listId: 'ExtensionInstallForcelistDesc' });
      expect(XMLValidator.validate(`<policy>${row.value}</policy>`), row.value).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, htmlEntities: true })
        .parse(`<policy>${row.value}</policy>`)[0].policy;
      expect(parsed.map((element: Record<string, unknown>) => Object.keys(element).find((key) => key !== ':@'))).toEqual(['enabled', 'data']);
      const data = parsed[1][':@'];
      expect(data.id).toBe('ExtensionInstallForcelistDesc');
      // ADMX list items are numbered and split by U+F000: item 1 is "id;update URL".
      expect(data.value.split('\uf000')).toEqual(['1', `${id};https://probity.example.gov.uk/extension/update.xml`]);
    }
    expect([...ingested].sort()).toEqual(['Chrome', 'Edge']);
  });

  it('builds the add-in for the origin with the council built in, and Firefox\'s policy with the same configuration', () => {
    const manifest = JSON.parse(readFileSync(join(kit, 'web/manifest.json'), 'utf8'));
    expect(manifest.extensions[0].runtimes[0].code.page).toBe('https://probity.example.gov.uk/taskpane.html');
    expect(readFileSync(join(kit, 'web/onsend.js'), 'utf8')).toContain('Example Borough Council');
    expect(existsSync(join(kit, 'web/probity-outlook.zip'))).toBe(false);
    const firefox = JSON.parse(readFileSync(join(kit, 'firefox/policies.json'), 'utf8'));
    expect(firefox.policies['3rdparty'].Extensions['probity@probity.app'].council).toEqual(council);
    expect(firefox.policies.ExtensionSettings['probity@probity.app'].installation_mode).toBe('force_installed');
  });

  it('refuses an origin Outlook cannot load from, and a council.json with problems', () => {
    const attempt = (args: string[]) => {
      try {
        execFileSync(process.execPath, ['deploy/kit.mjs', ...args, '--out', join(mkdtempSync(join(tmpdir(), 'probity-kit-')), 'kit')],
          { cwd: REPO, stdio: 'pipe', timeout: 300_000 });
        return { status: 0, stderr: '' };
      } catch (error) {
        const failed = error as { status: number; stderr: Buffer };
        return { status: failed.status, stderr: failed.stderr.toString() };
      }
    };
    expect(attempt(['--origin', 'http://probity.example.gov.uk', '--council', join(REPO, 'core/data/example-council.json')]))
      .toMatchObject({ status: 2, stderr: expect.stringContaining('https://') });
    const broken = join(mkdtempSync(join(tmpdir(), 'probity-council-')), 'council.json');
    writeFileSync(broken, JSON.stringify({ council: 'Broken Borough', members: [{ name: 'A', emails: ['nope'] }] }));
    expect(attempt(['--origin', 'https://probity.example.gov.uk', '--council', broken, '--key', key]))
      .toMatchObject({ status: 2, stderr: expect.stringContaining('members[0].emails[0]') });
  });
});
