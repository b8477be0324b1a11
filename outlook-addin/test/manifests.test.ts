import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../src/handlers.ts';
import { NOTIFICATION_ICON } from '../src/office.ts';
import { OPEN_PANE_COMMAND } from '../src/verdict.ts';
import { ADDIN, ensureBuilt } from './built.ts';

const run = promisify(execFile);
const CLI = join(ADDIN, '..', 'node_modules/office-addin-manifest/cli.js');

/** `office-addin-manifest validate`, which checks a unified manifest against the schema bundled with it, offline. */
async function validate(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'validate', path], { timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

let dist: string;
beforeAll(() => {
  dist = ensureBuilt();
});

describe('the add-in\'s pages', () => {
  const pages = () => readdirSync(dist).filter((name) => name.endsWith('.html'));

  it('each forbid eval and inline script in a Content-Security-Policy, and carry no inline script', () => {
    expect(pages().sort()).toEqual(['commands.html', 'privacy.html', 'taskpane.html']);
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      const scripts = /(?:^|;\s*)script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      expect(scripts, page).toBe("'self'");
      expect(policy, page).toMatch(/object-src 'none'/);
      expect([...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].filter((script) => script[1]!.trim()), page).toEqual([]);
    }
  });

  it('initialise Office.js on the event page, with the handlers after it', () => {
    const html = readFileSync(join(dist, 'commands.html'), 'utf8');
    const order = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['office-js/office.js', 'commands.js', 'onsend.js']);
    expect(readFileSync(join(dist, 'commands.js'), 'utf8')).toMatch(/^Office\.onReady\(\);$/m);
  });
});

describe('office-addin-manifest validate', () => {
  it('accepts the source manifest.json', async () => {
    const result = await validate(join(ADDIN, 'manifest/manifest.json'));
    expect(result.output).not.toMatch(/not valid|Error/);
    expect(result.code).toBe(0);
  });

  it('accepts the built manifest.json', async () => {
    const result = await validate(join(dist, 'manifest.json'));
    expect(result.code).toBe(0);
  });

  it('really validates: a send mode the schema does not know is rejected', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'probity-manifest-')), 'manifest.json');
    writeFileSync(broken, readFileSync(join(dist, 'manifest.json'), 'utf8').replace('"softBlock"', '"sometimes"'));
    const result = await validate(broken);
    expect(result.code).not.toBe(0);
  });
});

/** What both manifests must agree on, read from each. */
interface Declared {
  events: string[];
  functions: string[];
  /** The pages and scripts. */
  urls: string[];
  /** The icons of the add-in and its buttons. */
  icons: string[];
  permission: string;
  composeButtons: string[];
  readButtons: string[];
  pinnable: boolean;
  mailbox: { pane: string; send: string };
}

const XML_EVENT_NAMES: Record<string, string> = {
  OnMessageSend: 'messageSending',
  OnMessageRecipientsChanged: 'messageRecipientsChanged',
  OnNewMessageCompose: 'newMessageComposeCreated',
};
const XML_PERMISSIONS: Record<string, string> = { ReadWriteItem: 'MailboxItem.ReadWrite.User' };
const XML_SEND_MODES: Record<string, string> = { SoftBlock: 'softBlock', PromptUser: 'promptUser', Block: 'block' };

function fromUnified(text: string): Declared {
  const manifest = JSON.parse(text);
  const extension = manifest.extensions[0];
  const runtimes: any[] = extension.runtimes;
  const actions = runtimes.flatMap((runtime) => runtime.actions);
  const ribbon = (context: string) => extension.ribbons
    .filter((entry: any) => entry.contexts.includes(context))
    .flatMap((entry: any) => entry.tabs.flatMap((tab: any) => tab.groups.flatMap((group: any) => group.controls)));
  const controls = extension.ribbons.flatMap((entry: any) => entry.tabs.flatMap((tab: any) => tab.groups.flatMap((group: any) => group.controls)));
  const events = extension.autoRunEvents.flatMap((entry: any) => entry.events);
  const sendEntry = extension.autoRunEvents.find((entry: any) => entry.events.some((event: any) => event.type === 'messageSending'));
  const paneRuntime = runtimes.find((runtime) => runtime.actions.some((action: any) => action.type === 'openPage'));
  return {
    events: events.map((event: any) => `${event.type}→${event.actionId}${event.options ? ` (${event.options.sendMode})` : ''}`).sort(),
    functions: actions.filter((action: any) => action.type === 'executeFunction').map((action: any) => action.id).sort(),
    urls: [...new Set<string>(runtimes.flatMap((runtime) => Object.values(runtime.code) as string[]))].sort(),
    icons: [...new Set<string>(controls.flatMap((control: any) => control.icons.map((icon: any) => icon.url)))].sort(),
    permission: manifest.authorization.permissions.resourceSpecific.map((p: any) => p.name).join(','),
    composeButtons: ribbon('mailCompose').map((control: any) => control.id),
    readButtons: ribbon('mailRead').map((control: any) => control.id),
    pinnable: actions.some((action: any) => action.type === 'openPage' && action.pinnable === true),
    mailbox: {
      pane: paneRuntime.requirements.capabilities[0].minVersion,
      send: sendEntry.requirements.capabilities[0].minVersion,
    },
  };
}

function fromXml(text: string): Declared {
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true,
    isArray: (name) => ['ExtensionPoint', 'LaunchEvent', 'Control', 'Image', 'Url', 'Group'].includes(name),
  });
  const app = parser.parse(text).OfficeApp;
  const overrides = app.VersionOverrides.VersionOverrides;
  const host = overrides.Hosts.Host;
  const points: any[] = host.DesktopFormFactor.ExtensionPoint;
  const launch = points.find((point) => point['@type'] === 'LaunchEvent').LaunchEvents.LaunchEvent;
  const resources = overrides.Resources;
  const urlById = new Map<string, string>([
    ...resources.Urls.Url.map((url: any) => [url['@id'], url['@DefaultValue']] as [string, string]),
    ...resources.Images.Image.map((image: any) => [image['@id'], image['@DefaultValue']] as [string, string]),
  ]);
  const buttons = (surface: string) => points.filter((point) => point['@type'] === surface)
    .flatMap((point) => point.OfficeTab.Group.flatMap((group: any) => group.Control));
  const allButtons = [...buttons('MessageComposeCommandSurface'), ...buttons('MessageReadCommandSurface')];
  const runtime = host.Runtimes.Runtime;
  return {
    events: launch.map((event: any) => `${XML_EVENT_NAMES[event['@Type']] ?? event['@Type']}→${event['@FunctionName']}`
      + (event['@SendMode'] ? ` (${XML_SEND_MODES[event['@SendMode']]})` : '')).sort(),
    functions: launch.map((event: any) => event['@FunctionName']).sort(),
    urls: [...new Set<string>([
      urlById.get(runtime['@resid'])!, urlById.get(runtime.Override['@resid'])!,
      ...allButtons.map((control: any) => urlById.get(control.Action.SourceLocation['@resid'])!),
    ])].sort(),
    icons: [...new Set<string>([
      app.IconUrl['@DefaultValue'], app.HighResolutionIconUrl['@DefaultValue'],
      ...allButtons.flatMap((control: any) => control.Icon.Image.map((image: any) => urlById.get(image['@resid'])!)),
    ])].sort(),
    permission: XML_PERMISSIONS[app.Permissions] ?? app.Permissions,
    composeButtons: buttons('MessageComposeCommandSurface').map((control: any) => control['@id']),
    readButtons: buttons('MessageReadCommandSurface').map((control: any) => control['@id']),
    pinnable: allButtons.every((control: any) => control.Action.SupportsPinning === true),
    mailbox: { pane: overrides.Requirements.Sets['@DefaultMinVersion'], send: '' },
  };
}

describe('the add-in only XML manifest', () => {
  for (const where of ['source', 'built'] as const) {
    describe(`(${where})`, () => {
      const read = (name: string) => readFileSync(join(where === 'source' ? join(ADDIN, 'manifest') : dist, name), 'utf8');

      it('declares the same events, functions, URLs and permission as manifest.json', () => {
        const unified = fromUnified(read('manifest.json'));
        const xml = fromXml(read('manifest.xml'));
        expect(xml.events).toEqual(unified.events);
        expect(xml.functions).toEqual(unified.functions);
        expect(xml.urls).toEqual(unified.urls);
        expect(xml.permission).toBe(unified.permission);
        expect(xml.pinnable).toBe(true);
        expect(unified.pinnable).toBe(true);
        expect(xml.mailbox.pane).toBe(unified.mailbox.pane);
      });

      it('names the handlers the code registers and the task pane button Smart Alerts opens', () => {
        const unified = fromUnified(read('manifest.json'));
        const xml = fromXml(read('manifest.xml'));
        expect(unified.functions).toEqual(Object.values(ACTIONS).sort());
        expect(unified.events).toContain(`messageSending→${ACTIONS.messageSending} (softBlock)`);
        expect(unified.composeButtons).toContain(OPEN_PANE_COMMAND);
        expect(xml.composeButtons).toContain(OPEN_PANE_COMMAND);
        expect(unified.readButtons.length).toBeGreaterThan(0);
        expect(xml.readButtons.length).toBeGreaterThan(0);
        expect(read('manifest.xml')).toContain(`id="${NOTIFICATION_ICON}"`);
      });

      it('is a separate add-in that the unified manifest hides (distinct id and name, linked by alternates)', () => {
        const unified = JSON.parse(read('manifest.json'));
        const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(read('manifest.xml')).OfficeApp;
        const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
        expect(unified.id).toMatch(guid);
        expect(xml.Id).toMatch(guid);
        expect(xml.Id).not.toBe(unified.id);
        expect(xml.DisplayName['@DefaultValue']).not.toBe(unified.name.short);
        expect(unified.extensions[0].alternates).toEqual([{ hide: { customOfficeAddin: { officeAddinId: xml.Id } } }]);
      });

      it('has icons of its own, as Microsoft asks of the two versions of one add-in', () => {
        const fileOf = (url: string) => readFileSync(join(dist, new URL(url).pathname));
        const unified = fromUnified(read('manifest.json')).icons;
        const xml = fromXml(read('manifest.xml')).icons;
        expect(xml.length).toBeGreaterThanOrEqual(unified.length);
        for (const icon of xml) {
          expect(unified).not.toContain(icon);
          for (const other of unified) expect(fileOf(icon).equals(fileOf(other)), `${icon} and ${other}`).toBe(false);
        }
      });

      it('serves everything from one HTTPS origin', () => {
        const declared = [fromUnified(read('manifest.json')), fromXml(read('manifest.xml'))];
        const origins = new Set(declared.flatMap(({ urls, icons }) => [...urls, ...icons])
          .map((url) => new URL(url).origin));
        expect(origins.size).toBe(1);
        expect([...origins][0]).toMatch(/^https:\/\//);
      });
    });
  }

  it('takes the host origin from PROBITY_ADDIN_ORIGIN at build time', async () => {
    const out = mkdtempSync(join(tmpdir(), 'probity-origin-'));
    const origin = 'https://addins.example.gov.uk';
    await run(process.execPath, ['build.mjs'], {
      cwd: ADDIN, env: { ...process.env, PROBITY_ADDIN_ORIGIN: origin, PROBITY_ADDIN_OUT: out }, timeout: 120_000,
    });
    for (const name of ['manifest.json', 'manifest.xml']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).not.toContain('localhost');
      expect(text).toContain(`${origin}/taskpane.html`);
    }
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).validDomains).toEqual(['addins.example.gov.uk']);
    expect(readFileSync(join(out, 'onsend.js'), 'utf8')).not.toContain('localhost:3000');
    expect((await validate(join(out, 'manifest.json'))).code).toBe(0);
  });

  it('refuses an origin Office cannot load from', async () => {
    const attempt = run(process.execPath, ['build.mjs'], {
      cwd: ADDIN,
      env: {
        ...process.env, PROBITY_ADDIN_ORIGIN: 'http://intranet.example.gov.uk',
        PROBITY_ADDIN_OUT: mkdtempSync(join(tmpdir(), 'probity-refused-')),
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('must be https://') });
  });
});
