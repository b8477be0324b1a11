import type { Rule } from '../rule.ts';
import { allHits, anyOf, firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
import { lexiconClasses } from '../nlp/verbs.ts';
import { wordsAfter, wordsBefore } from '../nlp/words.ts';
import type { Sentence } from '../recognise/sentences.ts';
import personalData from '../../data/personal-data.json';
import { reportInSentence } from './support.ts';

/**
 * Personal information of the kinds the data file lists: an account and what it records ("council tax
 * arrears", "rent account"), a medical record ("mental health history"), each family of terms, and the
 * forms with figures in them ("£1,240 in rent arrears", a national insurance number).
 */
const PERSONAL_CATEGORY = anyOf([
  `\\b${termGroup(personalData.accounts)}\\s+${termGroup(personalData.accountRecords)}\\b`,
  `\\b${termGroup(personalData.healthKinds)}\\s+${termGroup(personalData.healthRecords)}\\b`,
  `\\b${termGroup([...personalData.benefits, ...personalData.debtRecovery, ...personalData.identifiers, ...personalData.health,
    ...personalData.socialCare, ...personalData.offences, ...personalData.tenancyEnforcement, ...personalData.employment,
    ...personalData.specialCategories])}\\b`,
  ...personalData.categoryForms.map((form) => form.pattern),
], 'gi');
/** Someone the information is about: a title before a name ("Mrs Okafor"), a pronoun or role ("the tenant"), or a record label ("Claimant: J Smith"). */
const PERSONAL_REFERENCE = anyOf([
  `\\b${termGroup(personalData.titles)}\\.?\\s+[a-z]`,
  `\\b${termGroup(personalData.people)}\\b`,
  `\\b${termGroup(personalData.recordLabels)}\\s?:\\s?\\w`,
]);
const CONSENT = anyOf([`\\b${termGroup(personalData.consent)}\\b`, ...personalData.consentForms.map((form) => form.pattern)]);
const FULL_NAME = /\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?([A-Z][a-z]*['-]?[A-Z]?[a-z]+)\b/g;
/** Street and building words: "Victoria Road" is a place, not a person. */
const NOT_SURNAME = new Set(personalData.notSurnames.map((entry) => entry.term));
const FIRST_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);
/**
 * A colleague or member named as who will help, not as the one the record is about: "Sarah Mills from the
 * benefits team", "Sarah Mills, our benefits officer", "Sarah Mills will call you".
 */
const NOT_SUBJECT = anyOf([
  '^,?\\s+(?:from|in|at|of|on)\\s+(?:the|our|my|your)\\s',
  `^,?\\s+(?:our|the|a|who\\s+is\\s+(?:our|the|a))\\s+(?:[\\w-]+\\s+){0,4}?${termGroup(personalData.helperRoles)}\\b`,
  `^,?\\s+(?:will|can|could|is\\s+able\\s+to|may|would)\\s+(?:be\\s+)?${termGroup(personalData.helping)}\\b`,
]);
const MEMBER_TITLE = /\b(?:cllr|councillor|coun)\.?\s+$/i;
/** A category word that names a council scheme or service, not one person's record: "the council tax reduction scheme". */
const POLICY_NOUN = new RegExp(`^\\s+${termGroup(personalData.policyNouns)}\\b`, 'i');
/** A title as written before a name, capital first: "Mrs", "Dr". */
const TITLE = `(?:${personalData.titles.map(({ term }) => term[0]!.toUpperCase() + term.slice(1)).join('|')})\\.?`;
/**
 * A titled person with a home address: "Mrs Pauline Holloway at 14 Brackley Row", "a Mr Darren Pyke of 9 Wych
 * Lane", "Mr Tull at number 14". The street word comes from the address words that are no surname.
 */
const AT_HOME = new RegExp(`\\b${TITLE}\\s+(?:[A-Z][\\w'’-]+\\s+){0,2}[A-Z][\\w'’-]+,?\\s+(?:at|of|from|who\\s+lives\\s+at)\\s+`
  + `(?:number\\s+\\d+|no\\.?\\s*\\d+|\\d+[a-z]?\\s+(?:[A-Z][\\w'’-]+\\s+){1,2}${termGroup(personalData.notSurnames)})\\b`);
/** Who the person is to the case, said just before the name: "the complainant is", "the registered keeper is a". */
const ROLE_BEFORE = new RegExp(`\\b(?:the|their|a|an)\\s+${termGroup(personalData.thirdPartyRoles)}\\s+(?:is|was|being)\\s+(?:a\\s+)?$`, 'i');
const ENFORCEMENT = new RegExp(`\\b${termGroup(personalData.enforcementRecords)}\\b`, 'i');
/** How many words before a name its role may end ("the complainant is a Mr…"). */
const ROLE_REACH = 6;

/** Model protocol 110 and 117, Part 5 protocol 4.1: members see personal information only with the person's consent or a real need to know. */
export const personalDataToMember: Rule = {
  meta: {
    id: 'personal-data-to-member',
    title: 'Personal data sent to a councillor without consent',
    severity: 'warning',
    description: "Personal information about a resident or member of staff is sent to a member without mention of the person's written consent.",
    messages: {
      personal: '"{words}" is personal information sent to a member with no mention of the person\'s consent.',
    },
    suggestions: {
      personal: "Confirm you hold the person's written consent and say so, or share only what the member needs without personal details.",
    },
  },
  check(analysis, context) {
    if (analysis.author.role === 'member') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    const all = [...analysis.sentences, ...analysis.quotedSentences];
    if (all.some((sentence) => mentionsConsent(sentence.text))) return;
    for (const group of [analysis.sentences, analysis.quotedSentences]) {
      for (let index = 0; index < group.length; index++) {
        const sentence = group[index]!;
        if (/\bmy\b/i.test(sentence.text) && analysis.author.role === 'officer') continue;
        const hit = personalDataIn(sentence, group[index - 1]);
        if (!hit) continue;
        reportInSentence(context, analysis, sentence, hit, 'personal');
      }
    }
  },
};

function personalDataIn(sentence: Sentence, previous: Sentence | undefined): Hit | null {
  const text = sentence.text;
  const hit = allHits(PERSONAL_CATEGORY, text).find((category) => !POLICY_NOUN.test(text.slice(category.end)));
  if (hit && (refersToPerson(text) || (previous !== undefined && refersToPerson(previous.text)))) return hit;
  return identifiedAtHome(text);
}

/**
 * A private individual identified to the member by name and home address, with who they are to the case
 * ("the complainant is Mrs Pauline Holloway at 14 Brackley Row") or their enforcement record ("a Mr Darren
 * Pyke of 9 Wych Lane, who already has two fixed penalties"): Model protocol 117, ICO criminal offence data.
 */
function identifiedAtHome(text: string): Hit | null {
  const home = AT_HOME.exec(text);
  if (!home) return null;
  const identified = ROLE_BEFORE.test(wordsBefore(text, home.index, ROLE_REACH)) || ENFORCEMENT.test(text);
  return identified ? { start: home.index, end: home.index + home[0].length } : null;
}

/** A title, a pronoun, a record label ("Claimant:") or a first name and surname ("Craig Benson", not "Victoria Road"). */
function refersToPerson(text: string): boolean {
  if (PERSONAL_REFERENCE.test(text)) return true;
  for (const match of text.matchAll(FULL_NAME)) {
    const [name, first, last] = match;
    if (NOT_SURNAME.has(last!) || !lexiconClasses(first!.toLowerCase()).some((wordClass) => FIRST_NAME.has(wordClass))) continue;
    const end = match.index + name.length;
    if (MEMBER_TITLE.test(wordsBefore(text, match.index, 1)) || NOT_SUBJECT.test(wordsAfter(text, end, 12))) continue;
    return true;
  }
  return false;
}

function mentionsConsent(text: string): boolean {
  return CONSENT.test(text);
}
