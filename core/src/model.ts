/**
 * The one source of truth for the shapes Probity passes around: the draft
 * being checked, the council's configuration and the findings. Every
 * TypeScript type here is inferred from its zod schema.
 */
import * as z from 'zod';
import { isCalendarDate, longDate } from './time/calendar.ts';

// zod compiles object validators with `new Function` unless told not to: no code is eval'd in any bundle (SPEC 6),
// and every host reaches zod through this module. https://zod.dev/packages/core#jitless
z.config({ jitless: true });

export const PROFILES = ['model', 'london-councils', 'part5-borough', 'brent', 'harrow'] as const;
export const ProfileSchema = z.enum(PROFILES);
export type Profile = z.infer<typeof ProfileSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const KINDS = ['email', 'letter', 'press-release'] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

export const MEMBER_ROLES = [
  'leader', 'deputy-leader', 'cabinet', 'chair', 'vice-chair', 'mayor', 'group-leader', 'spokesperson',
] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not a date (YYYY-MM-DD)', abort: true })
  .refine(isCalendarDate, 'not a day of the calendar (YYYY-MM-DD)');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (HH:MM)');
const email = z.string().trim().toLowerCase().pipe(z.email('not an email address'));
const domain = z.string().trim().toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'not a mail domain');

export const MemberSchema = z.object({
  name: z.string().trim().min(1, 'a member needs a name'),
  emails: z.array(email).default([]),
  party: z.string().trim().optional(),
  wards: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(MemberRoleSchema).default([]),
});
export type Member = z.infer<typeof MemberSchema>;

export const OfficerSchema = z.object({
  name: z.string().trim().min(1, 'an officer needs a name'),
  email: email.optional(),
  title: z.string().trim().optional(),
  senior: z.boolean().optional(),
});
export type Officer = z.infer<typeof OfficerSchema>;

export const ElectionSchema = z.object({
  name: z.string().trim().min(1),
  poll: isoDate,
  noticeOfElection: isoDate.optional(),
  wards: z.array(z.string().trim().min(1)).optional(),
  candidates: z.array(z.string().trim().min(1)).default([]),
}).superRefine((election, context) => {
  // ISO dates compare as text.
  if (election.noticeOfElection && election.noticeOfElection > election.poll) {
    context.addIssue({
      code: 'custom',
      path: ['noticeOfElection'],
      message: `${longDate(election.noticeOfElection)} is after the poll on ${longDate(election.poll)}`,
    });
  }
});
export type Election = z.infer<typeof ElectionSchema>;

export const WorkingHoursSchema = z.strictObject({
  days: z.array(z.number().int().min(0).max(6)).min(1, 'needs at least one working day (0 is Sunday, 6 Saturday)')
    .default([1, 2, 3, 4, 5]),
  start: clock.default('08:00'),
  end: clock.default('18:00'),
  timeZone: z.string().default('Europe/London').refine(isKnownTimeZone, 'not a known time zone'),
}).superRefine((hours, context) => {
  // HH:MM compares as text.
  if (hours.end <= hours.start) {
    context.addIssue({ code: 'custom', path: ['end'], message: `${hours.end} is not after the start of the working day (${hours.start})` });
  }
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

export const RuleSettingSchema = z.enum(['off', ...SEVERITIES]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** Top level and its small fixed objects are strict: a misspelt setting is refused, never silently ignored. */
export const CouncilConfigSchema = z.strictObject({
  council: z.string().trim().min(1, 'the council needs a name'),
  profile: ProfileSchema.default('model'),
  domains: z.strictObject({
    staff: z.array(domain).default([]),
    press: z.array(domain).default([]),
    government: z.array(domain).default([]),
  }).default({ staff: [], press: [], government: [] }),
  members: z.array(MemberSchema).default([]),
  officers: z.array(OfficerSchema).default([]),
  parties: z.array(z.string().trim().min(1)).default([]),
  rulingGroup: z.string().trim().optional(),
  elections: z.array(ElectionSchema).default([]),
  workingHours: WorkingHoursSchema.default({
    days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00', timeZone: 'Europe/London',
  }),
  rules: z.record(z.string(), RuleSettingSchema).default({}),
});
export type CouncilConfig = z.infer<typeof CouncilConfigSchema>;
export type CouncilConfigInput = z.input<typeof CouncilConfigSchema>;

export const AddressSchema = z.object({
  name: z.string().default(''),
  address: z.string().default(''),
});
export type Address = z.infer<typeof AddressSchema>;

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof SpanSchema>;

/**
 * A draft as every host hands it to the engine. `body` is the plain text of
 * the whole body, quoted thread included; `quoted` lists spans of `body` that
 * the source's markup marks as quoted (HTML blockquotes, Gmail and Outlook
 * quote containers). Textual quote markers are found by the core itself.
 */
export const DraftSchema = z.object({
  kind: KindSchema.optional(),
  from: AddressSchema.optional(),
  to: z.array(AddressSchema).default([]),
  cc: z.array(AddressSchema).default([]),
  bcc: z.array(AddressSchema).default([]),
  subject: z.string().default(''),
  date: z.string().optional(),
  body: z.string().default(''),
  quoted: z.array(SpanSchema).default([]),
  composeType: z.enum(['new', 'reply', 'forward']).optional(),
  /** Where the draft came from: an email (headers are meaningful) or a document. */
  source: z.enum(['email', 'document']).default('email'),
  /**
   * Parts of the source a format reader could not read, each in words a user
   * understands ('the attachment "budget.xlsx"', 'page 2: no text, perhaps a
   * scanned image'); a host says so instead of reporting the draft as clear.
   * Absent when everything was read.
   */
  unread: z.array(z.string()).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;
export type DraftInput = z.input<typeof DraftSchema>;

export const FIELDS = ['body', 'subject', 'from', 'to', 'cc', 'bcc', 'date'] as const;
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;

export const CitationSchema = z.object({
  protocol: z.string(),
  paragraph: z.string(),
  note: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  field: FieldSchema,
  excerpt: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  citations: z.array(CitationSchema),
  suggestion: z.string(),
  /** Which of the rule's messages this is (its key in the rule's meta): stable where the wording is not. */
  messageId: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ROLES = ['member', 'officer', 'press', 'government', 'external', 'unknown'] as const;
export type Role = (typeof ROLES)[number];

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
