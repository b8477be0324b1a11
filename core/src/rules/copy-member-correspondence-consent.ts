import type { Analysis } from '../analysis.ts';
import type { Rule } from '../rule.ts';
import { fullTitle, type Person } from '../recognise/people.ts';
import type { Sentence } from '../recognise/sentences.ts';
import { allHits, phrases, termGroup, terms, type Hit } from '../nlp/lexicon.ts';
import { negatedAt, words, wordsAfter } from '../nlp/words.ts';
import consent from '../../data/consent.json';

/** London Councils protocol §12, Model protocol 126: a member's correspondence is not passed to other members without their knowing. */
export const copyMemberCorrespondenceConsent: Rule = {
  meta: {
    id: 'copy-member-correspondence-consent',
    title: "Councillor's correspondence copied without consent",
    severity: 'warning',
    description: "An officer copies a member's correspondence to another member without saying the author agreed.",
    messages: {
      copied: "{copied} is copied on {member}'s correspondence, and the reply does not say {member} agreed.",
    },
    suggestions: {
      copied: 'Say in the message that {member} asked for or agreed to the copy, or remove {copied}.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    const member = quotedMember(analysis);
    if (!member || statesCopyConsent(analysis.sentences)) return;
    const recipients = [...analysis.to.map((person) => ({ person, field: 'to' as const })),
      ...analysis.cc.map((person) => ({ person, field: 'cc' as const }))];
    for (const { person, field } of recipients) {
      if (person.role !== 'member' || sameMember(person, member)) continue;
      context.report({
        message: 'copied',
        data: { copied: fullTitle(person), member: fullTitle(member) },
        field,
        excerpt: person.display,
      });
    }
  },
};

/** The member whose message this reply or forward carries, if any. */
function quotedMember(analysis: Analysis): Person | null {
  return analysis.quoted.map((part) => part.person).find((person) => person?.role === 'member') ?? null;
}

function sameMember(a: Person, b: Person): boolean {
  if (a.member && b.member) return a.member === b.member;
  return Boolean(a.address && a.address === b.address) || a.name.toLowerCase() === b.name.toLowerCase();
}

/** A list as one group of alternatives (whole words, longest first), to be set in a larger pattern. */

/** What is done to the correspondence: "copied in", "cc'd", "kept in the loop", "to see this". */
const COPYING = phrases(terms(consent.copying), 'gi');
const RECIPIENTS = new Set(terms(consent.recipients));
const ASKED_FOR = new Set(terms(consent.askedFor));
/** "I hope that's OK": the member told of the copy and asked, in the sentence that makes it or just after. */
const HEDGE = phrases(terms(consent.hedges));
const ASSENTING = termGroup(consent.assenting);
const STATING = termGroup(consent.stating);
const WISHING = termGroup(consent.wishing);
const WILLING = termGroup(consent.willing);

/**
 * The member's word as an adverbial "as" clause, which points at the main
 * clause: "As you asked, I have copied…", "…, as you suggested", "as you'd
 * prefer", "as you were happy for me to do"; with the subject left out, only
 * a participle of asking or agreeing: "as agreed", "as discussed", not "as
 * mentioned", which points back in the text (Swan, Practical English Usage,
 * 'as' standing for a subject: "as was agreed"). "We" counts: an agreement
 * the writer and the member reached together.
 */
const AS_FRAME = new RegExp(`\\bas\\s+(?:(?:you(?:\\s+and\\s+I)?|we)(?:['’]d|['’]re|\\s+would|\\s+were|\\s+are|\\s+had)?\\s+(?:${ASSENTING}|${STATING}|${WISHING}|${WILLING})|${ASSENTING})\\b`, 'gi');
/**
 * The member as the subject of asking, agreeing or willingness, whose object
 * follows: "you asked me to keep Cllr Shah in the loop", "you said you'd like
 * Ravi kept in the loop", "you were keen that Cllr Patel should see this".
 * A bare "you'd want" is the writer's guess ("I thought you'd want to see
 * this"), so the hypothetical counts only inside a report ("you said you'd…").
 */
const SUBJECT_FRAME = new RegExp(`\\byou(?:['’]re|['’]ve|\\s+were|\\s+are|\\s+have|\\s+had|\\s+did)?(?:\\s+(?:also|already|kindly|clearly|specifically|just))?\\s+(?:${ASSENTING}|${STATING}|${WILLING})\\b`, 'gi');
/** The member's request or agreement as the ground of an act: "at your request", "with Cllr Doyle's agreement", "further to our call". */
const GROUND_FRAME = new RegExp(`\\b${termGroup(consent.groundPrepositions)}\\s+(?:your|our|his|her|their|(?:cllr|councillor)\\s+[\\w'’-]+['’]s)\\s+${termGroup(consent.grounds)}\\b`, 'gi');
/** What a word window stops at: a mark that ends a phrase. */
const PHRASE_END = /[,;:!?—()]|\s-\s/;
/** How many words after a frame its object may run ("you asked me to make sure your ward colleague … is kept in the loop"). */
const OBJECT_REACH = 15;
/** How near the copy the member copied must be named ("copied in your Millbrook ward colleagues"). */
const RECIPIENT_REACH = 5;
/** "…for me to do", "…to do so": the object stands for the main clause's act. */
const PRO_FORM = /\bdo(?:\s+(?:so|that|this|it))?\s*$/i;

/**
 * The new text says the author asked for, agreed to or was told of the copy
 * (SPEC 5, "Consent to copy"): the member's word, and the copy as what it
 * was about, in one sentence.
 */
function statesCopyConsent(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence, index) => consentIn(sentence.text)
    || (HEDGE.test(sentence.text) && [sentence, sentences[index - 1]].some((one) => one !== undefined && copiesSomeone(one.text))));
}

function consentIn(text: string): boolean {
  const frames = [
    ...allHits(AS_FRAME, text).map((hit) => ({ hit, object: false })),
    ...allHits(GROUND_FRAME, text).map((hit) => ({ hit, object: false })),
    ...allHits(SUBJECT_FRAME, text).map((hit) => ({ hit, object: true })),
  ];
  return frames.some(({ hit, object }) => !negatedAt(text, hit.start) && copiesSomeone(text, scopeOf(text, hit, object)));
}

/**
 * Where the frame's word applies. A verb's object, or a noun's named by "for",
 * "that" or "to" ("your request for an update"), is the phrase after it; a frame
 * with none points at the sentence's main clause ("As discussed on the phone, I
 * have included Cllr Patel"), and so does an object that only says "do so".
 */
function scopeOf(text: string, frame: Hit, takesObject: boolean): Hit {
  const next = words(wordsAfter(text, frame.end, 1))[0]?.lower;
  if (!takesObject && !(next && ASKED_FOR.has(next))) return { start: 0, end: text.length };
  const window = wordsAfter(text, frame.end, OBJECT_REACH);
  const cut = window.search(PHRASE_END);
  const object = cut < 0 ? window : window.slice(0, cut);
  return PRO_FORM.test(object) ? { start: 0, end: text.length } : { start: frame.end, end: frame.end + object.length };
}

/** A copy of someone, not negated, within `scope`: "I have copied in Cllr Patel", "so she is copied". */
function copiesSomeone(text: string, scope: Hit = { start: 0, end: text.length }): boolean {
  return allHits(COPYING, text).some((hit) => hit.start >= scope.start && hit.end <= scope.end
    && !negatedAt(text, hit.start) && namesSomeoneNear(text, hit));
}

/** A member, colleague, pronoun or capitalised name within a few words of the copy. */
function namesSomeoneNear(text: string, hit: Hit): boolean {
  const near = words(text).filter((word) => word.end <= hit.start || word.start >= hit.end);
  const before = near.filter((word) => word.end <= hit.start).slice(-RECIPIENT_REACH);
  const after = near.filter((word) => word.start >= hit.end).slice(0, RECIPIENT_REACH);
  return [...before, ...after].some((word) => RECIPIENTS.has(word.lower)
    || (word.start > 0 && word.text !== 'I' && /^[A-Z][a-z]/.test(word.text)));
}
