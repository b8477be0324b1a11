import type { Rule } from '../rule.ts';
import type { Span } from '../model.ts';
import { termGroup, type Hit } from '../nlp/lexicon.ts';
import { evaluate, isNegative } from '../nlp/evaluation.ts';
import { clauses } from '../nlp/words.ts';
import { lexiconClasses } from '../nlp/verbs.ts';
import { rememberer } from '../nlp/remember.ts';
import { overlapping } from '../spans.ts';
import { speaksInPublic, reportInSentence } from './support.ts';
import staffReferences from '../../data/staff-references.json';
import dutyFailures from '../../data/duty-failures.json';

/** Model protocol 136, Part 5 protocol 2.7, Harrow protocol 4.2: members do not criticise officers in public; concerns go to their managers. */
export const officerCriticisedPublicly: Rule = {
  meta: {
    id: 'officer-criticised-publicly',
    title: 'Officer criticised in public',
    severity: 'warning',
    description: 'A press release, or a member writing to the media or the public, criticises a named officer or staff.',
    messages: {
      criticised: '"{words}" criticises council staff in public; officers cannot answer back in public.',
    },
    suggestions: {
      criticised: 'Raise concerns about an officer with their manager or the Chief Executive, and keep public comment to the service, not the people.',
    },
  },
  check(analysis, context) {
    if (!speaksInPublic(analysis)) return;
    const officers = analysis.mentions.filter((mention) => mention.who === 'officer');
    let staffBefore = false;
    for (const sentence of analysis.sentences) {
      const named = overlapping(officers, sentence.start, sentence.end)
        .map((mention) => ({ start: mention.start - sentence.start, end: mention.end - sentence.start }));
      const reading = readSentence(sentence.text, named, staffBefore);
      if (reading.hit) reportInSentence(context, analysis, sentence, reading.hit, 'criticised');
      staffBefore = reading.namesStaff;
    }
  },
};

const DEPARTMENT = termGroup(staffReferences.departments);
const PERSON_NOUN = termGroup(staffReferences.people.filter((entry) => !('needsDepartment' in entry)));
const GROUP_NOUN = termGroup(staffReferences.people.filter((entry) => 'needsDepartment' in entry));
/**
 * Staff themselves ("officers", "the case officer"), or a service's team named
 * by its department ("the planning department") or as the council's, with up
 * to two describing words between ("the council's former project team").
 */
const STAFF = new RegExp(`\\b(?:(?:${PERSON_NOUN})|(?:${DEPARTMENT})\\s+(?:[a-z][\\w-]*\\s+)?(?:${GROUP_NOUN})s?|(?:council's|council|that|this|your)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${GROUP_NOUN})s?|head\\s+of\\s+\\w+)\\b`, 'gi');
/** Workers who may as well be a contractor's ("the crews"), and the words that name a contractor in the same sentence. */
const WORKERS = new Set(staffReferences.people.filter((entry) => 'alsoContractors' in entry).map((entry) => entry.term));
const CONTRACTOR = new RegExp(`\\b${termGroup(staffReferences.contractors)}\\b`, 'i');
/** An officer named by first name and department, as residents and members write it: "Harriet in planning", "Sam in our licensing team". */
const NAMED_IN_DEPARTMENT = new RegExp(`\\b[A-Z][a-z]+\\s+(?:in|from|at)\\s+(?:(?:the|our|your)\\s+)?(?:${DEPARTMENT})\\b`, 'g');

/** The joining word a clause may open with, before its subject. */
const OPENER = '(?:and|but|so|that|because|when|while|as|though|although|since|then)';
/** A clause the writer speaks of themselves in, owning a failure ("we let residents down", "I got it wrong"). */
const WRITER_SUBJECT = new RegExp(`^\\s*(?:${OPENER}\\s+)?(?:i|we|i've|we've|i'd|we'd|i'm|we're|i'll|we'll)\\b`, 'i');
/** The writer's framing before the real subject: "I'm afraid the team have been useless", "I think officers…". */
const WRITER_FRAME = /^\s*(?:i'm|i am) (?:afraid|sorry to say)\s+|^\s*i (?:think|believe|feel|fear|must say|have to say|would say)\s+/i;
/**
 * A clause that states a condition or asks whether: what it says may not have
 * happened ("if officers fail to respond…"). A past counterfactual is not one:
 * "if the planning team had not sat on the paperwork" says that they did.
 */
const HYPOTHETICAL = /^\s*(?:if|unless|whether|should)\b(?![^,;]*?\b(?:had|hadn't)\b)/i;
/** A clause opening on a pronoun that points back to someone named before: the staff of an earlier clause or sentence. */
const POINTS_BACK = new RegExp(`^\\s*(?:${OPENER}\\s+)?(?:he|she|they|his|her|their)\\b`, 'i');
/** A relative pronoun, which points back only to what stands just before it ("the duty officer, who…", "a department that has…"). */
const RELATIVE = /^\s*(?:who|whose|that(?= (?:has|have|had|is|are|was|were|never|hasn't|haven't|hadn't)\b))\b/i;
/** A pronoun anywhere in the clause: enough for the structural forms, which say who is blamed ("better … than the one he produced"). */
const PRONOUN = /\b(?:he|she|they|him|them|his|her|their)\b/i;
/** Word classes that open a clause with no subject of its own, continuing the one before ("Dan Foster, the officer responsible, has been…"). */
const CONTINUING = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Infinitive']);

/**
 * Criticism that is not carried by single evaluative words: calls for an
 * officer to go, withdrawn confidence, effort not made, and the comparisons
 * that say staff care more for something else than for residents.
 */
const STRUCTURAL = [
  /\b(?:should|must|ought to|needs? to|has to|have to|has got to) (?:resign|step down|stand down|be (?:sacked|dismissed|fired|removed|replaced)|go(?=\s*(?:[.,;:!?)"]|$|now\b|immediately\b))|consider (?:his|her|their) position)\b/i,
  /\b(?:his|her|their) position is (?:now )?untenable\b/i,
  /\blost (?:all |any )?confidence in\b/i,
  /(?:\bnot|n't|\bnever) (?:even )?bother(?:ed|ing)? to\b/i,
  /\b(?:brush|sweep|swept)(?:es|ed|ing|s)? (?:\S+ ){0,4}?aside\b/i,
  // Better deserved from staff, not staff deserving better: "deserve better from the planners", "better … than the one he produced".
  /\bdeserv(?:e|es|ed|ing) (?:\S+ ){0,3}?better\b(?: \S+){0,3}? (?:from\b|than (?:the (?:one|ones)|what) (?:he|she|they)\b)/i,
  // Staff who care for something more than for the people they serve.
  /\bmore (?:interested in|concerned with|focused on|keen on|time) (?:\S+ ){1,8}?than (?:in |on |to |about )?(?:listening|helping|hearing|doing|residents|local people|people|the (?:public|residents|community))\b/i,
  // The British snowclone of incapability, whole or cut short: "couldn't organise a raffle in a tombola factory",
  // "couldn't run a bath, never mind a permit scheme", "couldn't organise a raffle, and…". A task with more after it
  // ("couldn't run a consultation before May") is a plain report of what could not be done.
  /\b(?:couldn't|could not|can't|cannot) (?:even )?(?:organi[sz]e|run|arrange|manage) (?:a|an) (?:\S+ ){0,2}?[\w'-]+(?: (?:in|at) (?:a|an) (?:\S+ ){0,2}?\S+|,? (?:never mind|let alone|much less)\b|(?=\s*[,.;!]))/i,
  // Delay charged as neglect: "sat on the condition survey for the best part of a year".
  /\b(?:sat|sits|sitting|sit) on (?:the|this|that|it|our|his|her|their|a|an)\b(?: \S+){0,5}? for (?:the best part of |the better part of |nearly |almost |over |more than |well over )?(?:(?:a|an|\d+|two|three|four|five|six|several|many) )?(?:days?|weeks?|months?|years?)\b/i,
  // Sarcasm about effort: "answering the phone is too much to ask of the repairs service".
  /\b(?:is|was|seems|seemed)(?: \S+)? too much to (?:ask|expect)\b/i,
  // A failure reported as an achievement: "have now managed to lose the case file".
  /\b(?:managed|succeeded|contrived) to (?:lose|lost|miss|forget|break|misplace|mislay|mess up|bungle|botch|ignore)\b/i,
  // The mock comparison: "all the urgency of a snail", "all the charm of a traffic warden".
  /\ball the \w+ of (?:a|an) \w+/i,
  // An omission shown by what would have followed (Cambridge Grammar of English 290, 'or' + past counterfactual):
  // "never walked the road at pick-up time, or she would have seen the buses".
  /\bor (?:else )?(?:he|she|they) would(?:n't| not)? have (?:seen|known|noticed|spotted|realised|realized|understood|found out)\b/i,
];

const POSSESSIVE = '(?:its|their|his|her|our|your)';
const PAPERWORK = `${termGroup(dutyFailures.paperwork)}s?`;
/**
 * Staff as the agent of a failure of duty, said without a negative word: an idiom of
 * failure ("dragged their heels", "sat on the two reports"), a duty left undone
 * ("never visited the site", "hadn't read the evidence"), the counterfactual that
 * says it went undone ("if the case officer had done her job"), and the tally of
 * nothing achieved ("two prosecutions to show for it").
 */
const DUTY_FAILURE = [
  new RegExp(`\\b(?:${dutyFailures.idioms.map((idiom) => `(?:${idiom.verb.join('|')})(?: \\w+ly)? ${idiom.rest.replaceAll("one's", POSSESSIVE).replace('paperwork', PAPERWORK)}`).join('|')})\\b`, 'i'),
  new RegExp(`(?:\\bhadn't|\\bhad not|\\bnever)(?: (?:even|once|properly|actually))? (?:${termGroup(dutyFailures.duties)}) (?:the|a|an|any|my|our|your|his|her|their|its|it|them|us|me)\\b`, 'i'),
  new RegExp(`^\\s*if\\b[^,;]*?\\bhad (?:done|been doing) ${POSSESSIVE} (?:\\w+ )?jobs?\\b`, 'i'),
  /\b(?:nothing|little|(?:precisely|exactly|only|just|barely) \S+(?: \S+)?) to show for (?:it|that|this|all)\b/i,
];
/** Every form that says of itself who is blamed, tried in turn on each clause about staff. */
const STRUCTURAL_OR_DUTY_FAILURE = [...STRUCTURAL, ...DUTY_FAILURE];

function opensWithoutSubject(clause: string): boolean {
  // A correlative before the verb keeps the subject of the clause before: "Ellie Kaur, either didn't understand … or …".
  const first = /^\s*(?:(?:either|neither|both)\s+)?([a-z']+)/i.exec(clause)?.[1]?.toLowerCase();
  if (first === undefined) return false;
  // The lexicon lists irregular verbs and common adverbs; a regular past tense, an "-ly" adverb or a negated auxiliary ("didn't") it leaves out.
  return /^[a-z]{3,}(?:ed|ly)$|^[a-z]+n't$/.test(first) || lexiconClasses(first).some((wordClass) => CONTINUING.has(wordClass));
}

const rememberReading = rememberer<{ hit: Hit | null; namesStaff: boolean }>();

function readSentence(text: string, named: readonly Span[], staffBefore: boolean): { hit: Hit | null; namesStaff: boolean } {
  const key = `${staffBefore ? 1 : 0}${named.map((span) => `${span.start}-${span.end}`).join(',')}|${text}`;
  return rememberReading(key, () => {
    const staff = staffIn(text, named);
    return { hit: criticismIn(text, staff, staffBefore), namesStaff: staff.length > 0 };
  });
}

/** Where the text names staff, with the named officers given as spans of it. */
function staffIn(text: string, named: readonly Span[]): Span[] {
  const spans: Span[] = [...named];
  // A sentence about a contractor ("the waste contractor, which sent crews to the wrong streets") is about its workers, not the council's.
  const contractor = CONTRACTOR.test(text);
  for (const match of text.matchAll(STAFF)) {
    if (contractor && WORKERS.has(match[0].toLowerCase())) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NAMED_IN_DEPARTMENT)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/**
 * A clause that evaluates staff negatively: staff named in it, or a pronoun
 * subject whose antecedent is staff named earlier in the sentence or just
 * before it, and an evaluation of at most -2 or a structural form of
 * criticism. Not the writer's own failure, and not a condition.
 */
function criticismIn(text: string, staff: readonly Span[], staffBefore: boolean): Hit | null {
  let staffEarlier = staffBefore;
  let staffJustBefore = false;
  for (const clause of clauses(text)) {
    const clauseText = text.slice(clause.start, clause.end);
    const targets = staff.filter((target) => target.start < clause.end && target.end > clause.start);
    const pointsBack = staffEarlier && (POINTS_BACK.test(clauseText) || opensWithoutSubject(clauseText))
      || staffJustBefore && RELATIVE.test(clauseText);
    const aboutStaff = targets.length > 0 || pointsBack;
    staffEarlier ||= targets.length > 0;
    staffJustBefore = targets.some((target) => /^[\s,]*$/.test(text.slice(target.end, clause.end)));
    if (WRITER_SUBJECT.test(clauseText.replace(WRITER_FRAME, '')) || HYPOTHETICAL.test(clauseText)) continue;
    if (aboutStaff || staffEarlier && PRONOUN.test(clauseText)) {
      // With the mark that closes the clause, so a form can tell "a raffle," (said and done) from "a consultation before May".
      const closed = text.slice(clause.start, clause.end) + (text[clause.end] ?? '.');
      const structural = STRUCTURAL_OR_DUTY_FAILURE.map((pattern) => pattern.exec(closed)).find((match) => match !== null);
      if (structural) return { start: clause.start + structural.index, end: clause.start + structural.index + structural[0].length };
    }
    if (!aboutStaff) continue;
    const evaluation = evaluate(text, clause);
    if (isNegative(evaluation)) {
      const critical = evaluation.words;
      return { start: critical[0]!.start, end: critical[critical.length - 1]!.end };
    }
  }
  return null;
}
