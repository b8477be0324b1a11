import type { Rule } from '../rule.ts';

/**
 * A run of digits, written as UK numbers are in signatures: "020 7946 0381",
 * "(01632) 960 311", "0300-123-4567", "+44 (0)20 7946 0533", "+44 7700 900318"
 * (the formats GOV.UK Notify's phone-number tests accept, and "+44 (0)"
 * as in ITU-T E.123's national-prefix note). Whether it is a number is
 * counted in digits, not matched by shape.
 */
const DIGIT_RUN = /(?:\+|\(\+?)?\d[\d\s().-]{7,22}\d/g;
/**
 * An internal extension, which a member inside the council can ring: "Ext 4567",
 * "ext. 24567", "Extension: 4567", "x4567" (as in "+44 (0) 1753 272 020 Ext 12").
 */
const EXTENSION = /\b(?:ext(?:ension)?\.?:?|x)\s?\d{3,6}\b/i;
/** Tried only where a run of address characters starts, so a long run without an "@" is read once. */
const EMAIL = /(?:^|[^\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** London Councils protocol §7: members should be able to reach the officer who writes to them. */
export const officerContactDetailsMissing: Rule = {
  meta: {
    id: 'officer-contact-details-missing',
    title: "Officer's contact details missing",
    severity: 'info',
    description: "An officer's email or letter to a member gives no phone number or email address in the signature.",
    profiles: ['london-councils'],
    messages: {
      missing: 'The signature gives no phone number or email address for {officer}.',
    },
    suggestions: {
      missing: 'Add a direct phone number or email address to the signature.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer' || analysis.kind === 'press-release') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    const signature = analysis.signatureText;
    if (hasPhoneNumber(signature) || EXTENSION.test(signature) || EMAIL.test(signature)) return;
    context.report({
      message: 'missing',
      data: { officer: analysis.author.name || 'the officer' },
      field: 'body',
      span: analysis.signature ? analysis.toBody(analysis.signature) : undefined,
    });
  },
};

/** A UK number: 10 or 11 digits from a leading 0 (Ofcom's National Telephone Numbering Plan), or the same after +44 or 0044, with an optional "(0)". */
function hasPhoneNumber(text: string): boolean {
  return [...text.matchAll(DIGIT_RUN)].some((run) => {
    const national = nationalDigits(run[0]);
    return national.startsWith('0') && national.length >= 10 && national.length <= 11;
  });
}

function nationalDigits(written: string): string {
  const digits = written.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  if (/^\(?\+/.test(written)) return digits.startsWith('44') ? `0${digits.slice(2)}` : '';
  return digits;
}
