import type { Rule } from '../rule.ts';
import { allHits, firstHit, phrases, termGroup, terms, type Hit } from '../nlp/lexicon.ts';
import { negatedAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import { splitSentences } from '../recognise/sentences.ts';
import { reportInSentence } from './support.ts';
import confidential from '../../data/confidential-markings.json';

/** Model protocol 95 and 117, Brent protocol 3.5: confidential and exempt material stays with members and officers. */
export const confidentialToOutsider: Rule = {
  meta: {
    id: 'confidential-to-outsider',
    title: 'Confidential material sent outside the council',
    severity: 'warning',
    description: 'Material marked confidential, exempt or Part 2 is sent to someone who is not a member or officer.',
    messages: {
      confidential: 'Material marked "{words}" is going to {outsider}, who is not a member or officer.',
    },
    suggestions: {
      confidential: 'Remove the confidential material, or check with the Monitoring Officer before sending it outside the council.',
    },
  },
  check(analysis, context) {
    const outsider = [...analysis.addressees, ...analysis.bcc].find((person) => person.role === 'external' || person.role === 'press');
    if (!outsider) return;
    const subjectHit = confidentialMarkingIn(analysis.subject.text);
    const data = (words: string) => ({ words, outsider: outsider.name || outsider.address || 'someone outside the council' });
    if (subjectHit) {
      const span = analysis.toSubject(subjectHit);
      context.report({ message: 'confidential', data: data(analysis.draft.subject.slice(span.start, span.end)), field: 'subject', span });
      return;
    }
    // Material pasted below the sign-off is read with the signature block, so that is searched too.
    const belowSignature = analysis.signature ? splitSentences(analysis.body.text, [analysis.signature]) : [];
    for (const group of [analysis.sentences, analysis.quotedSentences, belowSignature]) {
      for (const [index, sentence] of group.entries()) {
        const neighbours = `${group[index - 1]?.text ?? ''} ${group[index + 1]?.text ?? ''}`;
        const hit = confidentialMarkingIn(sentence.text, neighbours);
        if (!hit || (group === belowSignature && isEmailNotice(sentence.text))) continue;
        reportInSentence(context, analysis, sentence, hit, 'confidential', data(sentence.text.slice(hit.start, hit.end)));
      }
    }
  },
};

/** A list as one group of alternatives, longest first, to be set in a larger pattern. */
/** An escaped literal, for entries that end in a mark ("restricted:", "(exempt)"). */
const literal = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * A marking: a phrase ("CONFIDENTIAL", "exempt appendix", "Schedule 12A"), a
 * Part 2 label on a part of an agenda ("Part II report", "Part 2 (exempt)"),
 * or a protective marking ("RESTRICTED - MANAGEMENT").
 */
const MARKING = new RegExp([
  phrases(terms(confidential.markings)).source,
  `\\b${termGroup(confidential.partLabels)}\\s+(?:${confidential.agendaParts.map((entry) => literal(entry.term)).join('|')})`,
  `\\b(?:${confidential.restricted.map((entry) => literal(entry.term)).join('|')})`,
].join('|'), 'gi');
/** "EMBARGOED - members only": an embargo is a marking only with a handling instruction within a few words. */
const EMBARGOED = /\bembargoed\b/gi;
const EMBARGO_HANDLING = phrases(terms(confidential.embargoes));
const EMBARGO_REACH = 8;
const EMAIL_NOTICE = phrases(terms(confidential.emailNotice));
const KEPT_BACK = phrases(terms(confidential.keptBack));
const SENDING = phrases(terms(confidential.sending), 'gi');
const INABILITY = new Set(terms(confidential.inability));
const CAVEAT = new Set(terms(confidential.caveats));
/** How far before a sending verb "unable to" or a caveat's modal may stand: "unable to send", "should not be shared". */
const MODAL_REACH = 4;
/** Words joining two markings under one negation: "not … exempt or confidential information". */
const COORDINATORS = new Set(['or', 'and', 'nor']);

/** A confidential marking on material that is being sent: not one that is denied, or that explains why something is withheld. */
function confidentialMarkingIn(text: string, neighbours = ''): Hit | null {
  const hit = [...allHits(MARKING, text), ...embargoesIn(text)].sort((a, b) => a.start - b.start).find((one) => !denied(text, one));
  if (!hit || keptBack(text) || keptBack(neighbours)) return null;
  return hit;
}

function embargoesIn(text: string): Hit[] {
  return allHits(EMBARGOED, text).filter((hit) => EMBARGO_HANDLING.test(wordsAfter(text, hit.end, EMBARGO_REACH)));
}

/** "This report does not contain exempt or confidential information": the negation reaches across "or" to the second marking. */
function denied(text: string, hit: Hit): boolean {
  if (negatedAt(text, hit.start)) return true;
  const [conjunct, coordinator] = words(text.slice(0, hit.start)).slice(-2);
  return conjunct !== undefined && coordinator !== undefined && COORDINATORS.has(coordinator.lower) && negatedAt(text, conjunct.start);
}

/**
 * The material is kept back: withheld, removed, redacted, or a verb of sending
 * negated ("is not attached", "I can't send", "unable to share"). A modal of
 * obligation or permission makes it a handling caveat on material that is
 * sent ("should not be shared more widely"), so that does not count.
 */
function keptBack(text: string): boolean {
  if (firstHit(KEPT_BACK, text)) return true;
  return allHits(SENDING, text).some((hit) => {
    const before = words(wordsBefore(text, hit.start, MODAL_REACH));
    if (before.some((word) => CAVEAT.has(word.lower))) return false;
    return negatedAt(text, hit.start) || before.some((word) => INABILITY.has(word.lower));
  });
}

/** An e-mail's own confidentiality notice ("This email is confidential and intended only for…"), not a marking on material. */
function isEmailNotice(text: string): boolean {
  return EMAIL_NOTICE.test(text);
}
