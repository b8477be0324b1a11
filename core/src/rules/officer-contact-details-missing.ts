import type { Rule } from '../rule.ts';

const PHONE = /(?:\+44\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
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
    if (PHONE.test(analysis.signatureText) || EMAIL.test(analysis.signatureText)) return;
    context.report({
      message: 'missing',
      data: { officer: analysis.author.name || 'the officer' },
      field: 'body',
      span: analysis.signature ? analysis.toBody(analysis.signature) : undefined,
    });
  },
};
