/**
 * The settings page's logic, apart from its DOM: importing a council.json or
 * a member directory into the settings being edited, the elections as form
 * rows and back, the rule severities, and the summary of a configuration.
 */
import {
  PROFILE_PROTOCOLS, ProbityInputError, parseCouncilConfig, rules,
  type CouncilConfig, type Election, type Profile, type RuleSetting, type Severity,
} from '@probity/core';
import { importDirectory } from '@probity/core/directory';

export interface ImportedFile {
  name: string;
  content: string;
}

export type ImportResult =
  | { ok: true; config: CouncilConfig; warnings: string[]; description: string }
  | { ok: false; problems: string[] };

/**
 * Reads a council.json (which replaces everything) or member directories
 * (ModernGov XML, CSV), whose members, parties and ruling group go into
 * `base`, the council being edited, keeping its elections, officers, rules
 * and the rest. Without a base (nothing of the council's own yet) the
 * directory alone makes the council.
 */
export function importSettings(files: readonly ImportedFile[], base: CouncilConfig | null): ImportResult {
  if (files.length === 0) return { ok: false, problems: ['Choose a file to import.'] };
  const json = files.filter((file) => /\.json$/i.test(file.name));
  if (json.length > 0) {
    if (files.length > 1) return { ok: false, problems: ['Import a council.json on its own: it holds the whole configuration.'] };
    const [file] = json as [ImportedFile];
    const parsed = parseCouncilConfig(file.content);
    if (!parsed.ok) return { ok: false, problems: parsed.errors.map((error) => `${file.name}: ${error}`) };
    return { ok: true, config: parsed.config, warnings: [], description: `Imported ${file.name}` };
  }
  try {
    const { config: directory, warnings } = importDirectory(files, base
      ? { council: base.council, profile: base.profile, staffDomains: base.domains.staff.length > 0 ? base.domains.staff : undefined }
      : {});
    const config = base ? withDirectory(base, directory) : directory;
    const names = files.map((file) => file.name).join(' and ');
    return { ok: true, config, warnings, description: `Imported ${plural(config.members.length, 'member')} from ${names}` };
  } catch (error) {
    if (error instanceof ProbityInputError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/** The directory's members and parties in `base`; a ruling group the council set stays while its party still holds seats. */
function withDirectory(base: CouncilConfig, directory: CouncilConfig): CouncilConfig {
  const keptRulingGroup = base.rulingGroup && directory.parties.includes(base.rulingGroup) ? base.rulingGroup : undefined;
  return {
    ...base,
    domains: { ...base.domains, staff: directory.domains.staff },
    members: directory.members,
    parties: directory.parties,
    rulingGroup: keptRulingGroup ?? directory.rulingGroup,
  };
}

/** An election as the form edits it: every field text, wards comma-separated. Candidates are kept but not edited here. */
export interface ElectionRow {
  name: string;
  poll: string;
  notice: string;
  wards: string;
  candidates: string[];
}

export function electionRows(config: CouncilConfig): ElectionRow[] {
  return config.elections.map((election) => ({
    name: election.name,
    poll: election.poll,
    notice: election.noticeOfElection ?? '',
    wards: (election.wards ?? []).join(', '),
    candidates: election.candidates,
  }));
}

export function emptyElectionRow(): ElectionRow {
  return { name: '', poll: '', notice: '', wards: '', candidates: [] };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The rows as elections, or one line per problem naming the election it is about. */
export function electionsFrom(rows: readonly ElectionRow[]): { ok: true; elections: Election[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const elections = rows.map((row, index): Election => {
    const name = row.name.trim();
    const which = `Election ${index + 1}${name ? ` (${name})` : ''}`;
    if (!name) problems.push(`${which}: give it a name.`);
    if (!row.poll) problems.push(`${which}: give its polling day.`);
    else if (!isDate(row.poll)) problems.push(`${which}: the polling day is not a date.`);
    if (row.notice && !isDate(row.notice)) problems.push(`${which}: the notice of election is not a date.`);
    else if (row.notice && isDate(row.poll) && row.notice >= row.poll) problems.push(`${which}: the notice of election must come before polling day.`);
    const wards = row.wards.split(',').map((ward) => ward.trim()).filter(Boolean);
    return {
      name,
      poll: row.poll,
      ...(row.notice ? { noticeOfElection: row.notice } : {}),
      ...(wards.length > 0 ? { wards } : {}),
      candidates: row.candidates,
    };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, elections };
}

function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Only a real calendar day comes back as written: 2027-02-30 does not.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export interface RuleChoice {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The setting in force: the council's override, else the rule's default. */
  setting: RuleSetting;
  /** Set for rules that only run under some protocols: those protocols' names. */
  onlyUnder?: string[];
}

export function ruleChoices(config: CouncilConfig): RuleChoice[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.severity,
    setting: config.rules[meta.id] ?? meta.severity,
    ...(meta.profiles ? { onlyUnder: meta.profiles.map((profile) => PROFILE_PROTOCOLS[profile].name) } : {}),
  }));
}

/**
 * The council's rule settings after the form: a rule left at its default is
 * not written down, so a later change of default reaches it; settings for
 * rules this version does not know are kept for the version that does.
 */
export function ruleSettings(previous: CouncilConfig['rules'], chosen: Readonly<Record<string, RuleSetting>>): CouncilConfig['rules'] {
  const known = new Map(rules.map(({ meta }) => [meta.id, meta.severity]));
  const kept = Object.entries(previous).filter(([id]) => !known.has(id));
  const changed = Object.entries(chosen).filter(([id, setting]) => known.has(id) && known.get(id) !== setting);
  return Object.fromEntries([...kept, ...changed]);
}

export interface FormValues {
  council: string;
  profile: Profile;
  elections: readonly ElectionRow[];
  rules: Readonly<Record<string, RuleSetting>>;
}

/** The configuration to save: `base` with the form's values, validated as a whole. */
export function settingsFromForm(base: CouncilConfig, values: FormValues): { ok: true; config: CouncilConfig } | { ok: false; problems: string[] } {
  const elections = electionsFrom(values.elections);
  if (!elections.ok) return elections;
  const parsed = parseCouncilConfig({
    ...base,
    council: values.council,
    profile: values.profile,
    elections: elections.elections,
    rules: ruleSettings(base.rules, values.rules),
  });
  return parsed.ok ? parsed : { ok: false, problems: parsed.errors };
}

/** A configuration at a glance, as term/value pairs. */
export function councilSummary(config: CouncilConfig): Array<[term: string, value: string]> {
  const seats = new Map<string, number>();
  for (const { party } of config.members) seats.set(party ?? 'No party given', (seats.get(party ?? 'No party given') ?? 0) + 1);
  const parties = [...seats].sort(([a, aSeats], [b, bSeats]) => bSeats - aSeats || a.localeCompare(b));
  return [
    ['Council', config.council],
    ['Protocol', PROFILE_PROTOCOLS[config.profile].name],
    ['Members', String(config.members.length)],
    ['Parties', parties.length > 0 ? parties.map(([party, count]) => `${party} ${count}`).join(', ') : 'None listed'],
    ['Ruling group', config.rulingGroup ?? 'Not set'],
    ['Officers', String(config.officers.length)],
    ['Elections', config.elections.length > 0 ? config.elections.map((election) => `${election.name} (poll ${election.poll})`).join('; ') : 'None'],
    ['Staff mail domains', config.domains.staff.join(', ') || 'None'],
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
