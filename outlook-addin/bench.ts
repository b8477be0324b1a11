// `npm run bench -w outlook-addin`: what the built on-send handler costs on
// classic Outlook's JavaScript-only runtime as test/bare-runtime.ts stands it
// in (an ES2016 context with no time zones): CPU time to load dist/onsend.js,
// and CPU and wall time of the first send event, per scenario, cold each time
// (a new context, as each send starts a new runtime). A benchmark, not a
// test: it reports and exits 0. Bars (issue #12): load + a normal draft at
// most 1 s of CPU; a 1 MB body well inside the handler's own 4 s (the check
// reads the first 20 KB of text, CHECKED_TEXT_LIMIT in src/check.ts).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle, type BareOptions } from './test/bare-runtime.ts';
import { buildWith, ensureBuilt } from './test/built.ts';
import { PRE_ELECTION_MORNING, drafts, longReport } from './test/drafts.ts';
import type { ItemSpec } from './test/office-mock.ts';

const ROUNDS = 3;

const paragraph = 'The highways team inspected Mill Lane on Monday and found four potholes deeper than the '
  + 'intervention level. Repairs are booked for next week, weather permitting, and the lane will stay open. ';

interface Scenario { name: string; spec: ItemSpec; options?: BareOptions; council?: 'example' }

const SCENARIOS: Scenario[] = [
  { name: 'councillor in Bcc (no council.json)', spec: drafts.memberInBcc },
  { name: 'clean draft (no council.json)', spec: drafts.clean },
  { name: 'councillor in Bcc (example council built in)', spec: drafts.memberInBcc, council: 'example' },
  { name: '2 KB reply to a councillor, Bcc (example council)', spec: { ...drafts.replyToMemberWithBcc, body: paragraph.repeat(8) + drafts.replyToMemberWithBcc.body }, council: 'example' },
  { name: 'press release, pre-election (example council)', spec: drafts.partyPoliticalPressRelease, options: { now: PRE_ELECTION_MORNING, mailbox: '1.15' }, council: 'example' },
  { name: 'councillor instructs officer (example council)', spec: drafts.memberInstructsOfficer, options: { mailbox: '1.15' }, council: 'example' },
  { name: '20 KB body, councillor to officer (example council)', spec: { ...drafts.memberInstructsOfficer, body: `${longReport(20 * 1024 - 200)}\n\nI want you to close the car park.` }, options: { mailbox: '1.15' }, council: 'example' },
  { name: '1 MB body, officer to councillor (example council)', spec: { ...drafts.memberInBcc, body: longReport(1024 * 1024) }, council: 'example' },
  { name: '1 MB body, councillor to officer (example council)', spec: { ...drafts.memberInstructsOfficer, body: `${longReport(1024 * 1024)}\n\nI want you to close the car park.` }, options: { mailbox: '1.15' }, council: 'example' },
  { name: 'body never arrives (Mailbox 1.14: asks)', spec: { ...drafts.memberInBcc, body_: 'hang' }, options: { mailbox: '1.14' } },
];

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const plain = join(ensureBuilt(), 'onsend.js');
const councilFile = join(mkdtempSync(join(tmpdir(), 'probity-bench-')), 'council.json');
writeFileSync(councilFile, readFileSync(new URL('../core/data/example-council.json', import.meta.url)));
const withExample = join(buildWith({ PROBITY_COUNCIL_JSON: councilFile }), 'onsend.js');
const code = { plain: readFileSync(plain, 'utf8'), example: readFileSync(withExample, 'utf8') };

console.log(`onsend.js: ${statSync(plain).size.toLocaleString('en-GB')} bytes (${statSync(withExample).size.toLocaleString('en-GB')} with the example council built in)`);
console.log(`median of ${ROUNDS} cold runs each; CPU of this process, wall time in brackets\n`);
console.log('scenario'.padEnd(52), 'load CPU', ' first send CPU', ' load + send CPU', ' verdict');
for (const scenario of SCENARIOS) {
  const load: number[] = [];
  const send: number[] = [];
  const wall: number[] = [];
  let verdict = '';
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.cpuUsage();
    const outlook = loadBundle(scenario.council ? code.example : code.plain, scenario.spec, scenario.options);
    load.push(cpuMs(started));
    const sending = process.cpuUsage();
    const clock = performance.now();
    const calls = await outlook.send();
    send.push(cpuMs(sending));
    wall.push(performance.now() - clock);
    const answer = calls[0]![0] as { allowEvent: boolean; sendModeOverride?: string };
    verdict = answer.allowEvent ? 'sent' : answer.sendModeOverride ? 'asks the user' : 'blocked';
  }
  const total = median(load.map((value, i) => value + send[i]!));
  console.log(scenario.name.padEnd(52), `${median(load).toFixed(0)} ms`.padStart(8),
    `${median(send).toFixed(0)} ms (${median(wall).toFixed(0)} ms)`.padStart(15), `${total.toFixed(0)} ms`.padStart(16), ` ${verdict}`);
}
