// `npm run bench`: how fast the core reads and checks drafts, measured against the
// speed bars of SPEC §6, with harper.js and alex timed on the same texts as
// reference points. A benchmark, not a test: it reports and always exits 0 once
// it has measured. `npm run bench -- --json` prints one JSON object on stdout
// (`npm run -s` keeps npm's own banner off stdout too); progress goes to stderr.
// `npm run bench -- --bounded` measures only the bounded inputs (SPEC §6 robustness).
// `npm run bench -- --against DIR` also times another build of the core, the bundles in
// DIR (say an older checkout's core/dist), in the same run: its cold starts taken in
// turn with this core's, its warm measures in a child process of their own, so that a
// change is compared side by side on a machine whose speed varies from minute to minute.
//
// The core is timed as a Node host loads it: the esbuild bundles core/build.mjs
// writes (dist/index.js for the engine, dist/formats.js for the readers).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');
const boundedOnly = process.argv.includes('--bounded');
/** The folder after a flag ("--against DIR"), resolved; null without the flag. */
function folderAfter(flag) {
  const index = process.argv.indexOf(flag);
  return index >= 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : null;
}
const againstFolder = folderAfter('--against');
/** Set in the child process that takes the warm measures of the `--against` build. */
const warmOnlyFolder = folderAfter('--warm-only');
const KB = 1024;

const BARS = {
  email: 5,
  document: 100,
  recheck: 1,
  coldStart: 300,
  /** Time may grow at most linearly with length: a fixed share (the tagger's budget) only lowers the exponent. */
  exponent: 1.15,
};

/**
 * A full garbage collection, so that heap used is what the check keeps (its word
 * lists, models and remembered answers) and not garbage the collector has yet to
 * reach, which varies from run to run.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function progress(text) {
  process.stderr.write(`bench: ${text}\n`);
}

function buildCore() {
  progress('building the core bundles');
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: join(root, 'core'), stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    progress('the core did not build; nothing measured');
    process.exit(result.status ?? 1);
  }
}

/** The engine and format-reader bundles in a folder of built core. */
function bundlesIn(folder) {
  return { core: pathToFileURL(join(folder, 'index.js')).href, formats: pathToFileURL(join(folder, 'formats.js')).href };
}
const ownBundles = bundlesIn(join(root, 'core', 'dist'));

// ---------------------------------------------------------------------------
// Texts

/**
 * The 2 KB emails, both sample drafts: an officer's reply quoting a member, with a
 * member in Bcc and a resident's health mentioned (checked on metadata and word
 * lists), and a member's reply telling an officer what to do (its sentences go to the tagger).
 */
const EMAILS = [
  { name: 'officer reply', file: 'examples/officer-reply-bcc-member.eml' },
  { name: 'member email', file: 'examples/member-instructs-officer.eml' },
];
const DOCUMENT_FILE = 'ward-report.txt';

/** A small deterministic generator (mulberry32), so every run checks the same documents. */
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

const STREETS = [
  'Mill Lane', 'Church Street', 'Station Road', 'Beech Road', 'Quarry Lane', 'Victoria Terrace', 'Albert Road',
  'Park Avenue', 'Ferry Road', 'Orchard Close', 'Chapel Street', 'Greenway', 'Hawthorn Drive', 'Kingsway',
  'Market Street', 'Northgate', 'Riverside Walk', 'School Lane', 'The Crescent', 'Windmill Hill', 'Coronation Road',
  'Elm Grove', 'Foundry Lane', 'Holly Bank', 'Lime Tree Avenue', 'Meadow Way', 'New Street', 'Oak Drive', 'Pump Lane',
];
const WARDS = ['Northfield', 'Riverside', 'Hillside'];
const MEMBERS = ['Mary Doyle', 'Ravi Patel', 'Owen Price', 'Susan Clarke', 'Nina Shah', 'Tom Ellis', 'Joan Barker', 'Arthur Bell'];
const OFFICERS = [['Dan Foster', 'Highways Officer'], ['Kate Lowe', 'Communications Officer'], ['Sam Hughes', 'Director of Environment']];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ASSETS = ['gullies', 'lamp columns', 'kerbs', 'speed cushions', 'bus shelters', 'litter bins', 'benches', 'bollards', 'street name plates', 'dropped kerbs', 'guard railings'];
const SCHEMES = ['town centre walking scheme', 'Riverside flood alleviation scheme', 'school streets trial', 'parking review', 'cycle route to the station', 'play area programme', 'library refurbishment', 'market square improvements'];
const FUNDS = ['highways maintenance budget', 'capital programme', 'developer contributions held for the ward', 'Active Travel Fund', 'flood defence grant'];
const SPECIES = ['field maple', 'rowan', 'small-leaved lime', 'hornbeam', 'wild cherry', 'silver birch'];
const SITES = ['bus depot', 'dairy', 'gasworks', 'Co-operative warehouse', 'police station', 'tannery'];
const SCHOOLS = ['St Mary\'s Primary School', 'Northfield Academy', 'Hillside Infants', 'Riverside Juniors'];

/**
 * Sentences of a ward councillor's long report to residents' groups: what is planned,
 * what the councillor will ask or chase, questions, conditions and names. A third say
 * "will" without committing the Council, so the check reads the whole letter.
 */
const SENTENCES = [
  (r) => `Officers tell me the resurfacing of ${r.of(STREETS)} between ${r.of(STREETS)} and ${r.of(STREETS)} is planned to start on ${r.of(DAYS)} ${r.day()} ${r.of(MONTHS)} and should take about ${r.int(2, 6)} weeks.`,
  (r) => `The inspectors found ${r.int(3, 40)} defects on ${r.of(STREETS)} during the ${r.of(MONTHS)} survey, of which ${r.int(1, 3)} are above the intervention level.`,
  (r) => `Residents of ${r.of(STREETS)} asked whether the ${r.of(ASSETS)} outside the shops could be replaced, and I will ask for them to be considered in next year's programme.`,
  (r) => `If the weather stays dry, the lining work on ${r.of(STREETS)} should be finished by ${r.of(DAYS)} evening.`,
  (r) => `Please do not park on ${r.of(STREETS)} on ${r.of(DAYS)} ${r.day()} ${r.of(MONTHS)}, because the sweeper needs the whole width of the road.`,
  (r) => `Cllr ${r.of(MEMBERS)} and I looked at the footway on ${r.of(STREETS)} at the ${r.of(WARDS)} ward walkabout in ${r.of(MONTHS)}, and we agreed it needs attention.`,
  (r) => `The ${r.of(ASSETS)} on ${r.of(STREETS)} were put in during ${r.int(1978, 2004)} and are now at the end of their working life.`,
  (r) => `I will let the ${r.int(12, 240)} households on ${r.of(STREETS)} know about the diversion as soon as the dates are confirmed.`,
  (r) => `A report on the ${r.of(SCHEMES)} is due at the Cabinet meeting on ${r.day()} ${r.of(MONTHS)}, and the papers are published a week beforehand.`,
  (r) => { const [name, title] = r.of(OFFICERS); return `${name}, the Council's ${title}, can answer questions about the ${r.of(SCHEMES)} on 01632 960 ${r.int(100, 999)}.`; },
  (r) => `The work on ${r.of(STREETS)} is estimated to cost £${r.int(12, 480) * 1000}, and I will find out whether it can come from the ${r.of(FUNDS)}.`,
  (r) => `Could you let me know by ${r.day()} ${r.of(MONTHS)} whether your members would prefer an evening or a Saturday meeting about ${r.of(STREETS)}?`,
  (r) => `The consultation on the ${r.of(SCHEMES)} received ${r.int(40, 1900)} responses, most of them from ${r.of(WARDS)} ward, and a summary is enclosed.`,
  (r) => `Some of you have told me that the ${r.of(ASSETS)} on ${r.of(STREETS)} attract litter, and I will raise this with the cleansing team in ${r.of(MONTHS)}.`,
  (r) => `I am sorry that the work on ${r.of(STREETS)} overran by ${r.int(2, 12)} days; the contractor found a gas main that was not on the utility plans.`,
  (r) => `Blue badge holders on ${r.of(STREETS)} who are worried about access on ${r.of(DAYS)}s should ring me, and I will take it up with the site supervisor.`,
  (r) => `The bus company tells me the stop on ${r.of(STREETS)} is moving ${r.int(20, 90)} metres towards ${r.of(STREETS)} while the shelter is replaced.`,
  (r) => `${r.of(WARDS)} community centre is holding a drop-in session on ${r.of(DAYS)} ${r.day()} ${r.of(MONTHS)}, where plans for the ${r.of(SCHEMES)} are on display.`,
  (r) => `Several of you asked about the trees lost on ${r.of(STREETS)} in last winter's storms, and I will ask whether ${r.of(SPECIES)} could go in this ${r.of(MONTHS)}.`,
  (r) => `The Environment Agency has confirmed that the flood works near ${r.of(STREETS)} do not need a further permit.`,
  (r) => `Nobody can yet say when the footbridge at the end of ${r.of(STREETS)} will reopen, because Network Rail has not finished its inspection.`,
  (r) => `Last year ${r.int(300, 2600)} potholes were repaired in ${r.of(WARDS)} ward, ${r.int(80, 98)} per cent of them within the 28-day target.`,
  (r) => `Anyone on ${r.of(STREETS)} who would like a larger recycling bin can ask for one on the Council's website or by calling 01632 960 ${r.int(100, 999)}.`,
  (r) => `The traffic survey on ${r.of(STREETS)} counted an average of ${r.int(800, 9000)} vehicles a day, with ${r.int(4, 35)} per cent above the speed limit.`,
  (r) => `I will ask the road safety team to look again at the crossing near ${r.of(SCHOOLS)} and let you know what they say by the end of ${r.of(MONTHS)}.`,
  (r) => `The planning application for ${r.int(12, 320)} homes on the former ${r.of(SITES)} site is due at the Planning Committee in ${r.of(MONTHS)}, and anyone can ask to speak.`,
  (r) => `Members of the ${r.of(WARDS)} residents' group have offered to plant bulbs along ${r.of(STREETS)} in the autumn, which I think is a lovely idea.`,
  (r) => `The street lights on ${r.of(STREETS)} are due to be changed to LED lanterns during ${r.of(MONTHS)}, which should cut their energy use by about ${r.int(40, 70)} per cent.`,
  (r) => `Is there anyone on ${r.of(STREETS)} whose driveway was blocked for more than ${r.int(20, 90)} minutes during the works?`,
  (r) => `The Council has been awarded £${r.int(20, 900) * 1000} from the ${r.of(FUNDS)} towards the ${r.of(SCHEMES)}, and I will keep pressing for the rest.`,
  (r) => `Cllr ${r.of(MEMBERS)} asked whether the ${r.of(ASSETS)} on ${r.of(STREETS)} could be painted rather than replaced, and I will share the answer with you.`,
  (r) => `Should the ground on ${r.of(STREETS)} prove too wet, the planting may move to ${r.of(MONTHS)}, and I will tell the ${r.of(WARDS)} residents' group.`,
];

/**
 * A ward councillor's long report to residents' groups, about `bytes` long and made of
 * distinct sentences: the heaviest kind of document to check, as a member's letter to
 * residents is read sentence by sentence for anything that commits the Council.
 */
function wardReport(bytes, seed = 2027) {
  const random = randomFrom(seed);
  const picker = {
    of: (list) => list[Math.floor(random() * list.length)],
    int: (low, high) => low + Math.floor(random() * (high - low + 1)),
    day: () => 1 + Math.floor(random() * 28),
  };
  const opening = '16 November 2026\n\nDear Chairs of the residents\' associations,\n\nRoads, parks and streets in 2027: a report from your ward councillor\n\n'
    + 'I am writing as one of your ward councillors for Northfield, to answer the questions your members sent after the autumn meetings, street by street.\n\n';
  const closing = 'Thank you again for your help in keeping residents informed.\n\nYours sincerely,\n\nCllr Mary Doyle\nCouncillor for Northfield Ward\n'
    + 'Email: cllr.mary.doyle@example.gov.uk\n';
  const seen = new Set();
  const parts = [opening];
  let length = Buffer.byteLength(opening + closing);
  for (let paragraph = 0; length < bytes; paragraph++) {
    if (paragraph % 6 === 5) {
      const heading = `${(paragraph + 1) / 6}. The ${picker.of(SCHEMES)} in ${picker.of(WARDS)}\n\n`;
      parts.push(heading);
      length += Buffer.byteLength(heading);
    }
    const sentences = [];
    const templates = new Set();
    const count = picker.int(3, 6);
    while (sentences.length < count) {
      const template = picker.of(SENTENCES);
      const sentence = template(picker);
      if (templates.has(template) || seen.has(sentence)) continue;
      templates.add(template);
      seen.add(sentence);
      sentences.push(sentence);
    }
    const text = `${sentences.join(' ')}\n\n`;
    parts.push(text);
    length += Buffer.byteLength(text);
  }
  return parts.join('') + closing;
}

// ---------------------------------------------------------------------------
// Timing

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median milliseconds of `runs` timed calls after `warmups` untimed ones; `before` runs untimed ahead of each call. */
async function timeMedian({ warmups, runs, before = () => {} }, task) {
  for (let index = 0; index < warmups; index++) {
    await before(index);
    await task(index);
  }
  const times = [];
  for (let index = 0; index < runs; index++) {
    await before(warmups + index);
    const started = performance.now();
    await task(warmups + index);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Least-squares slope of log(time) against log(size): 1 is linear growth, 2 quadratic. */
function growthExponent(points) {
  const xs = points.map((point) => Math.log(point.bytes));
  const ys = points.map((point) => Math.log(point.ms));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const covariance = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index] - meanY), 0);
  const variance = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

// ---------------------------------------------------------------------------
// Probity

async function measureProbity(emails, documents, bundles) {
  const core = await import(bundles.core);
  const formats = await import(bundles.formats);
  const config = core.exampleCouncil;
  const parseAndCheck = async (file, bytes) => core.review(await formats.readDocument(file, bytes), config);
  const fullCheck = { before: () => core.clearSentenceCache() };
  const ruleIds = (review) => review.findings.map((finding) => finding.ruleId);

  const emailResults = [];
  for (const { name, file, bytes } of emails) {
    progress(`2 KB ${name}: parse and full check`);
    const findings = ruleIds(await parseAndCheck(file, bytes));
    const medianMs = await timeMedian({ ...fullCheck, warmups: 10, runs: 61 }, () => parseAndCheck(file, bytes));
    emailResults.push({ name, file, bytes: bytes.length, findings, medianMs });
  }

  const points = [];
  let memoryAfter50Kb;
  for (const { kb, bytes } of documents) {
    progress(`${kb} KB letter: parse and full check`);
    const runs = kb > 50 ? 7 : kb === 50 ? 15 : 11;
    const ms = await timeMedian({ ...fullCheck, warmups: 2, runs }, () => parseAndCheck(DOCUMENT_FILE, bytes));
    points.push({ kb, bytes: bytes.length, ms });
    if (kb === 50) {
      collectGarbage();
      const memory = process.memoryUsage();
      memoryAfter50Kb = { heapUsedMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20 };
    }
  }
  const fiftyKb = documents.find((document) => document.kb === 50).bytes;

  return {
    emails: emailResults,
    document: {
      bytes: fiftyKb.length,
      findings: ruleIds(await parseAndCheck(DOCUMENT_FILE, fiftyKb)),
      medianMs: points.find((point) => point.kb === 50).ms,
    },
    recheck: await measureRecheck(core, formats, config),
    linearity: { points, exponent: growthExponent(points) },
    memoryAfter50Kb,
  };
}

/**
 * A 10 KB letter checked once, then re-checked after each of a series of one-word
 * edits (a house number in a sentence in its middle that goes to the tagger), the
 * sentence cache kept as a host keeps it while the user types.
 */
async function measureRecheck(core, formats, config) {
  progress('10 KB letter: re-check after a one-word edit');
  const letter = wardReport(10 * KB, 10);
  const middle = letter.indexOf('\n\n', letter.length / 2) + 2;
  const withEdit = (houseNumber) => `${letter.slice(0, middle)}I will ask the highways team about the garden wall at ${houseNumber} Station Road before the end of the month.\n\n${letter.slice(middle)}`;
  core.clearSentenceCache();
  core.review(formats.readText(withEdit(1)), config);
  const medianMs = await timeMedian({ warmups: 5, runs: 41 }, (index) => core.review(formats.readText(withEdit(index + 2)), config));
  return { bytes: Buffer.byteLength(withEdit(1)), medianMs };
}

/**
 * Load and first check in fresh Node processes: importing both bundles, then reading and checking the member's email.
 * Given several builds, their processes are started in turn, and one result is returned for each.
 */
function measureColdStarts(file, builds, spawns = 7) {
  progress(`cold start: ${spawns} fresh Node processes${builds.length > 1 ? ` for each of ${builds.length} builds, in turn` : ''}`);
  const script = `
    import { readFileSync } from 'node:fs';
    const [coreBundle, formatsBundle, file] = process.argv.slice(1);
    const bytes = readFileSync(file);
    const started = performance.now();
    const core = await import(coreBundle);
    const formats = await import(formatsBundle);
    const loaded = performance.now();
    core.review(await formats.readDocument(file, bytes), core.exampleCouncil);
    const checked = performance.now();
    process.stdout.write(JSON.stringify({ loadMs: loaded - started, firstCheckMs: checked - loaded, processMs: checked }));`;
  const samples = builds.map(() => []);
  for (let index = 0; index < spawns; index++) {
    builds.forEach((bundles, build) => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, bundles.core, bundles.formats, file], { cwd: root, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`the cold-start process failed: ${child.stderr.trim().split('\n')[0]}`);
      samples[build].push(JSON.parse(child.stdout));
    });
  }
  return samples.map((buildSamples) => {
    const medianOf = (pick) => median(buildSamples.map(pick));
    return {
      file,
      spawns,
      loadMs: medianOf((sample) => sample.loadMs),
      firstCheckMs: medianOf((sample) => sample.firstCheckMs),
      totalMs: medianOf((sample) => sample.loadMs + sample.firstCheckMs),
      processMs: medianOf((sample) => sample.processMs),
    };
  });
}

/** The warm measures of another build, taken in a child process so that its memory is its own. */
function measureAgainst(folder) {
  progress(`the build in ${folder}: warm measures in a child process`);
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--warm-only', folder], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 2], maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the build in ${folder} could not be measured`);
  return JSON.parse(child.stdout);
}

// ---------------------------------------------------------------------------
// Bounded inputs (SPEC §6 robustness): the worst large emails we know of, each read
// and checked in a fresh Node process so that its CPU time and peak memory are its own.

const BOUNDED = { cpuSeconds: 5, memoryMb: 500 };
const BOUNDED_INPUTS = [
  { name: '1 MB Subject of encoded words', make: "`From: a@example.gov.uk\\r\\nSubject: ${Array(60000).fill('=?utf-8?B?YWJj?=').join(' ')}\\r\\n\\r\\nThanks.\\r\\n`" },
  { name: '10 MB body of line breaks', make: "`From: cllr.jane.okafor@example.gov.uk\\r\\nTo: sam.hughes@example.gov.uk\\r\\nSubject: Hello\\r\\n\\r\\n${'\\r\\n'.repeat(5 * 1024 * 1024)}`" },
  { name: '100,000 nested HTML elements', make: "`From: cllr.jane.okafor@example.gov.uk\\r\\nTo: sam.hughes@example.gov.uk\\r\\nContent-Type: text/html; charset=utf-8\\r\\nSubject: Hello\\r\\n\\r\\n${'<div>'.repeat(100000)}end\\r\\n`" },
  { name: '10 MB body of short lines', make: "`From: cllr.jane.okafor@example.gov.uk\\r\\nTo: sam.hughes@example.gov.uk\\r\\nContent-Type: text/plain; charset=utf-8\\r\\nSubject: Hello\\r\\n\\r\\n${'Hi there.\\r\\n'.repeat(10 * 1024 * 1024 / 11)}`" },
  { name: '10 MB body of U+FDFA (NFKC: 18 letters)', make: "`From: cllr.jane.okafor@example.gov.uk\\r\\nTo: sam.hughes@example.gov.uk\\r\\nContent-Type: text/plain; charset=utf-8\\r\\nSubject: Hello\\r\\n\\r\\n${'\\ufdfa'.repeat(10 * 1024 * 1024 / 3)}`" },
];

function measureBounded() {
  return BOUNDED_INPUTS.map(({ name, make }) => {
    progress(`bounded input: ${name}`);
    const script = `
      const [coreBundle, formatsBundle] = process.argv.slice(1);
      const core = await import(coreBundle);
      const formats = await import(formatsBundle);
      const bytes = new TextEncoder().encode(${make});
      const started = process.cpuUsage();
      let outcome;
      try {
        const review = core.review(await formats.readDocument('large.eml', bytes), core.exampleCouncil);
        outcome = review.findings.length + ' findings' + (review.unread.length ? '; not read: ' + review.unread.join('; ') : '');
      } catch (error) {
        outcome = 'refused: ' + error.message;
      }
      const used = process.cpuUsage(started);
      process.stdout.write(JSON.stringify({ bytes: bytes.length, cpuSeconds: (used.user + used.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, outcome }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, ownBundles.core, ownBundles.formats], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) return { name, error: child.stderr.trim().split('\n').slice(-1)[0] };
    return { name, ...JSON.parse(child.stdout) };
  });
}

// ---------------------------------------------------------------------------
// Reference points: other local checkers on the same texts

function packageVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Times one reference checker, its caches emptied before each run as Probity's are;
 * one that cannot run here is reported with its reason instead of stopping the benchmark.
 */
async function measureReference(name, setUp, texts) {
  progress(`reference: ${name}`);
  try {
    const started = performance.now();
    const { lint, forget } = await setUp();
    const loadMs = performance.now() - started;
    const emails = [];
    for (const email of texts.emails) {
      emails.push({ name: email.name, medianMs: await timeMedian({ before: forget, warmups: 3, runs: 21 }, () => lint(email.text)) });
    }
    const document = { medianMs: await timeMedian({ before: forget, warmups: 1, runs: 5 }, () => lint(texts.document)) };
    return { version: packageVersion(name), loadMs, emails, document };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/**
 * harper.js keeps lints per chunk of text inside its linter, so its empty cache is a
 * fresh linter (the WASM module stays compiled), first run on an unrelated sentence
 * so that what it sets up on first use is not counted.
 */
async function setUpHarper() {
  const { LocalLinter, Dialect } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  let linter;
  const forget = async () => {
    linter = new LocalLinter({ binary, dialect: Dialect.British });
    await linter.setup();
    await linter.lint('The parish council meets on the first Monday of the month.', { language: 'plaintext' });
  };
  await forget();
  return { lint: (text) => linter.lint(text, { language: 'plaintext' }), forget };
}

async function setUpAlex() {
  const alex = await import('alex');
  return { lint: (text) => alex.text(text), forget: () => {} };
}

// ---------------------------------------------------------------------------
// Report

function sizeRange(points) {
  return `${points[0].kb}–${points[points.length - 1].kb} KB`;
}

function verdicts(probity, coldStart, bounded) {
  const { exponent } = probity.linearity;
  return [
    ...probity.emails.map((email) => ({
      measure: `2 KB ${email.name}, parse + full check (${email.bytes} B)`,
      value: email.medianMs, unit: 'ms', bar: `≤ ${BARS.email} ms`, pass: email.medianMs <= BARS.email,
    })),
    {
      measure: `50 KB letter, parse + full check (${probity.document.bytes} B)`,
      value: probity.document.medianMs, unit: 'ms', bar: `≤ ${BARS.document} ms`, pass: probity.document.medianMs <= BARS.document,
    },
    {
      measure: `re-check after a one-word edit (${probity.recheck.bytes} B)`,
      value: probity.recheck.medianMs, unit: 'ms', bar: `≤ ${BARS.recheck} ms`, pass: probity.recheck.medianMs <= BARS.recheck,
    },
    {
      measure: `growth exponent, ${sizeRange(probity.linearity.points)}`,
      value: exponent, unit: '', bar: `≤ ${BARS.exponent} (linear)`, pass: exponent <= BARS.exponent,
    },
    ...boundedVerdicts(bounded),
    {
      measure: 'cold start: load + first check',
      value: coldStart.totalMs, unit: 'ms', bar: `≤ ${BARS.coldStart} ms`, pass: coldStart.totalMs <= BARS.coldStart,
    },
  ];
}

function boundedVerdicts(bounded) {
  return bounded.map((input) => ({
    measure: `${input.name}, CPU (peak memory ${input.error ? '?' : `${input.maxRssMb.toFixed(0)} MB`}, bar ${BOUNDED.memoryMb} MB)`,
    value: input.error ? Infinity : input.cpuSeconds * 1000, unit: 'ms', bar: `≤ ${BOUNDED.cpuSeconds} s`,
    pass: !input.error && input.cpuSeconds <= BOUNDED.cpuSeconds && input.maxRssMb <= BOUNDED.memoryMb,
  }));
}

function milliseconds(value) {
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('   ').trimEnd()).join('\n');
}

function barsTable(result) {
  return [
    `Probity core benchmark · Node ${result.node} · ${result.cpus} × ${result.cpu}`,
    '',
    table([
      ['measure', 'median', 'bar', ''],
      ...result.bars.map((bar) => [bar.measure, bar.unit ? milliseconds(bar.value) : bar.value.toFixed(2), bar.bar, bar.pass ? 'pass' : 'FAIL']),
    ]),
    '',
  ];
}

function boundedLines(bounded) {
  return bounded.map((input) => `bounded        ${input.name}: ${input.error ? `failed: ${input.error}` : `${(input.bytes / 2 ** 20).toFixed(1)} MB, ${input.outcome}`}`);
}

/** This build's measures beside those of the `--against` build, taken in the same run. */
function sideBySide({ probity, coldStart, against }) {
  const row = (measure, own, other, format = milliseconds) => [measure, format(own), format(other), `${(own / other).toFixed(2)}×`];
  const heap = (value) => `${value.toFixed(1)} MB`;
  return [
    '',
    `Side by side with the build in ${against.folder} (same run; its warm measures in a child process)`,
    '',
    table([
      ['measure', 'this build', 'that build', 'ratio'],
      ...probity.emails.map((email, index) => row(`2 KB ${email.name}`, email.medianMs, against.probity.emails[index].medianMs)),
      row('50 KB letter', probity.document.medianMs, against.probity.document.medianMs),
      row('re-check', probity.recheck.medianMs, against.probity.recheck.medianMs),
      row('cold start', coldStart.totalMs, against.coldStart.totalMs),
      row('heap kept after 50 KB', probity.memoryAfter50Kb.heapUsedMb, against.probity.memoryAfter50Kb.heapUsedMb, heap),
    ]),
  ];
}

function printReport(result) {
  const { probity, coldStart, references } = result;
  const findings = (ids) => (ids.length ? [...new Set(ids)].join(', ') : 'none');
  const lines = [
    ...barsTable(result),
    `sizes          ${probity.linearity.points.map((point) => `${point.kb} KB ${milliseconds(point.ms)}`).join(' · ')}`,
    `cold start     load ${milliseconds(coldStart.loadMs)} + first check ${milliseconds(coldStart.firstCheckMs)} (${coldStart.file}); `
      + `whole process from launch ${milliseconds(coldStart.processMs)}; median of ${coldStart.spawns}`,
    `memory         after the 50 KB runs and a full garbage collection: heap used ${probity.memoryAfter50Kb.heapUsedMb.toFixed(1)} MB, RSS ${probity.memoryAfter50Kb.rssMb.toFixed(1)} MB`,
    ...boundedLines(result.bounded),
    ...probity.emails.map((email) => `findings       ${email.file}: ${findings(email.findings)}`),
    `findings       50 KB letter: ${findings(probity.document.findings)}`,
    '',
    'Reference points: the same texts in the same run, warm medians with caches emptied (emails as their body text)',
    '',
    table([
      ['checker', ...probity.emails.map((email) => email.name), '50 KB letter', 'load'],
      ['probity', ...probity.emails.map((email) => milliseconds(email.medianMs)), milliseconds(probity.document.medianMs), milliseconds(coldStart.loadMs)],
      ...Object.entries(references).map(([name, reference]) => (reference.error
        ? [name, ...probity.emails.map(() => '—'), '—', `could not run: ${reference.error}`]
        : [
          `${name} ${reference.version}`,
          ...reference.emails.map((email) => milliseconds(email.medianMs)),
          milliseconds(reference.document.medianMs),
          milliseconds(reference.loadMs),
        ])),
    ]),
    ...(result.against ? sideBySide(result) : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------

const benchStarted = performance.now();
const emails = () => EMAILS.map((email) => ({ ...email, bytes: readFileSync(join(root, email.file)) }));
const documents = () => [12.5, 25, 50, 100, 200, 400].map((kb) => ({ kb, bytes: Buffer.from(wardReport(kb * KB)) }));
if (warmOnlyFolder) {
  process.stdout.write(JSON.stringify(await measureProbity(emails(), documents(), bundlesIn(warmOnlyFolder))));
  process.exit(0);
}
buildCore();
const machine = { node: process.versions.node, cpus: os.cpus().length, cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU' };
if (boundedOnly) {
  const bounded = measureBounded();
  const result = { ...machine, bounded, bars: boundedVerdicts(bounded) };
  if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${[...barsTable(result), ...boundedLines(bounded)].join('\n')}\n`);
  process.exit(0);
}
const ownEmails = emails();
const ownDocuments = documents();
const probity = await measureProbity(ownEmails, ownDocuments, ownBundles);
const against = againstFolder ? { folder: againstFolder, probity: measureAgainst(againstFolder) } : null;
const [coldStart, againstColdStart] = measureColdStarts(EMAILS[1].file, against ? [ownBundles, bundlesIn(againstFolder)] : [ownBundles]);
if (against) against.coldStart = againstColdStart;
const bounded = measureBounded();
const { readEml } = await import(ownBundles.formats);
const referenceTexts = {
  emails: await Promise.all(ownEmails.map(async (email) => ({ name: email.name, text: (await readEml(email.bytes)).body }))),
  document: ownDocuments.find((document) => document.kb === 50).bytes.toString('utf8'),
};
const references = {
  'harper.js': await measureReference('harper.js', setUpHarper, referenceTexts),
  alex: await measureReference('alex', setUpAlex, referenceTexts),
};
const result = {
  ...machine,
  probity,
  coldStart,
  references,
  bounded,
  bars: verdicts(probity, coldStart, bounded),
  against,
  benchSeconds: (performance.now() - benchStarted) / 1000,
};
progress(`done in ${result.benchSeconds.toFixed(0)} s`);
if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else printReport(result);
