import type { Rule } from '../rule.ts';
import { alternation, phrases, terms, type Hit } from '../nlp/lexicon.ts';
import { clauseAt, words, wordsAfter, wordsBefore } from '../nlp/words.ts';
import data from '../../data/staffing.json';
import { reportInSentence } from './support.ts';

/** Model protocol 51, Brent protocol 10.2: officers take their own employment matters through the council's procedures, not to members. */
export const officerStaffingApproach: Rule = {
  meta: {
    id: 'officer-staffing-approach',
    title: 'Officer raises their own employment with a councillor',
    severity: 'warning',
    description: 'An officer raises their own employment or staffing matters with a member.',
    messages: {
      ownMatter: '"{words}" raises the officer\'s own employment with a member.',
    },
    suggestions: {
      ownMatter: 'Use the council\'s HR procedures (your manager, HR or a trade union representative) rather than a member.',
    },
  },
  check(analysis, context) {
    if (analysis.author.role !== 'officer') return;
    if (!analysis.addressees.some((person) => person.role === 'member')) return;
    for (const sentence of analysis.sentences) {
      const hit = ownEmploymentIn(sentence.text);
      if (hit) reportInSentence(context, analysis, sentence, hit, 'ownMatter');
    }
  },
};

interface Undergoing { forms: string[]; pairsWith?: string | string[]; passive?: boolean; alone?: boolean }


const MATTER = `(?:${alternation(terms(data.matters))})`;
/**
 * The writer's own matter, with at most one word between ("my grievance", "my old grade", "my job evaluation appeal";
 * not "my residents' contract"), or the writer's request for one ("my request for regrading").
 */
const OWN_MATTER = new RegExp(`\\bmy\\s+(?:(?:request|application|case|claim|bid)\\s+(?:for|to\\s+have\\s+my)\\s+(?:a\\s+|the\\s+|my\\s+)?(?:[\\w-]+\\s+)?|(?![\\w-]+['’]s?\\s)[\\w-]+\\s+)?${MATTER}\\b`, 'gi');
/** The writer's post, and what is happening to it within ten words either side: "the restructure would delete my post", "my post is one of those at risk". */
const OWN_POST = /\b(?:my|our)\s+(?:own\s+|team['’]s\s+)?(?:post|posts|role|job|position)\b/gi;
const LOSS = phrases(terms(data.losses));
const POST_REACH = 10;
const PAIRS: Record<string, RegExp> = { posts: phrases(terms(data.posts)), processes: phrases(terms(data.processes)) };
const UNDERGOING = (data.undergoing as Undergoing[]).map((entry) => ({
  ...entry,
  pattern: phrases(entry.forms, 'gi'),
  pair: entry.pairsWith === undefined ? null : typeof entry.pairsWith === 'string' ? PAIRS[entry.pairsWith]! : phrases(entry.pairsWith),
}));
/** How many words after the verb its post or process may come: "I've been called to a disciplinary hearing". */
const PAIR_REACH = 8;
/** The writer as subject: "I", "I've", "I'm". */
const FIRST_PERSON = /^i(?:'m|'ve|'d|'ll)?$/;
/** A form of "be" or "get" just before a participle makes the writer the one it happens to: "I was given…", "I've been shortlisted". */
const PASSIVE_AUXILIARY = /^(?:am|i'm|is|was|were|be|been|being|get|got|gotten|getting)$/;
/** Someone else's process: "the disciplinary hearing for one of the drivers". */
const SOMEONE_ELSES = /^\s+(?:[\w-]+\s+)?(?:for|into|against|involving|concerning|of)\s+(?:one\s+of|two|three|several|some|his|her|their|this|that|these|those|a\s+colleague|a\s+member|mr|mrs|ms|miss|dr)\b/i;

/**
 * The writer's own employment: their own matter ("my grievance"), their post under a process ("my post is
 * at risk"), or the writer as the one who applies for a post or undergoes or brings a staffing process ("I've
 * been called to a disciplinary hearing", "I lodged a grievance"); not the writer running one for someone
 * else ("I chaired the disciplinary hearing for one of the drivers").
 */
function ownEmploymentIn(text: string): Hit | null {
  const own = OWN_MATTER.exec(text);
  OWN_MATTER.lastIndex = 0;
  if (own) return { start: own.index, end: own.index + own[0].length };
  for (const post of text.matchAll(OWN_POST)) {
    const end = post.index + post[0].length;
    // "In my role as case officer…", "my position on the scheme": the writer's capacity or view, not their job.
    const after = wordsAfter(text, end, 2);
    if (/^\s+as\b/i.test(after) || /position$/i.test(post[0]) && /^\s+(?:on|is\s+that)\b/i.test(after) || /\bin\s+$/i.test(wordsBefore(text, post.index, 1))) continue;
    if (LOSS.test(wordsBefore(text, post.index, POST_REACH)) || LOSS.test(wordsAfter(text, end, POST_REACH))) return { start: post.index, end };
  }
  for (const entry of UNDERGOING) {
    for (const match of text.matchAll(entry.pattern)) {
      const hit = undergone(text, match.index, match.index + match[0].length, entry);
      if (hit) return hit;
    }
  }
  return null;
}

function undergone(text: string, start: number, end: number, entry: (typeof UNDERGOING)[number]): Hit | null {
  const clause = clauseAt(text, start);
  const subject = words(text.slice(clause.start, start));
  if (!subject.some((word) => FIRST_PERSON.test(word.lower))) return null;
  if (entry.passive && !subject.slice(-2).some((word) => PASSIVE_AUXILIARY.test(word.lower))) return null;
  if (entry.alone) return { start, end };
  // The words after the verb up to a mark; a bracket may hold the post's name ("the Assistant Director (Housing) post").
  const rest = wordsAfter(text, end, PAIR_REACH).split(/[,;:!?]/)[0]!;
  const pair = entry.pair?.exec(rest);
  if (!pair) return null;
  const pairEnd = end + pair.index + pair[0].length;
  return SOMEONE_ELSES.test(wordsAfter(text, pairEnd, 4)) ? null : { start, end: pairEnd };
}
