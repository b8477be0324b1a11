import type { Rule } from '../rule.ts';
import { anyOf, firstHit, termGroup, type Hit } from '../nlp/lexicon.ts';
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
    ...personalData.socialCare, ...personalData.offences, ...personalData.tenancyEnforcement, ...personalData.employment])}\\b`,
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
  const hit = firstHit(PERSONAL_CATEGORY, sentence.text);
  if (!hit) return null;
  const personal = refersToPerson(sentence.text) || (previous !== undefined && refersToPerson(previous.text));
  return personal ? hit : null;
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
