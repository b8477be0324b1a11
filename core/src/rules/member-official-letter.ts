import type { Rule } from '../rule.ts';
import { anyOf, firstHit, type Hit } from '../nlp/lexicon.ts';
import { councilBehalfIn, earliest } from '../recognise/behalf.ts';
import { reportInSentence } from './support.ts';
import { escapeRegExp } from '../text.ts';

/** A Council decision announced in the letter: "the Council has decided", "…has resolved", "…has agreed". */
const OFFICIAL = anyOf([/\bthe council has (?:decided|resolved|agreed)\b/.source], 'gi');

/** Model protocol 127: official letters go out in an officer's name; members write to central government themselves. */
export const memberOfficialLetter: Rule = {
  meta: {
    id: 'member-official-letter',
    title: "Official letter in a councillor's name",
    severity: 'info',
    description: "A letter in a member's name is written on behalf of the Council to someone other than central government.",
    messages: {
      official: "This letter is written on behalf of the Council in a member's name; official letters normally go out in an officer's name.",
    },
    suggestions: {
      official: 'Ask the responsible officer to send the letter, or write as a ward or Cabinet member rather than for the Council.',
    },
  },
  check(analysis, context) {
    if (analysis.kind !== 'letter' || analysis.author.role !== 'member') return;
    if (analysis.addressees.some((person) => person.role === 'government')) return;
    const council = analysis.config.council;
    let official = false;
    for (const sentence of analysis.sentences) {
      const hit = earliest(firstHit(OFFICIAL, sentence.text), councilBehalfIn(sentence.text, council));
      if (!hit) continue;
      reportInSentence(context, analysis, sentence, hit, 'official');
      official = true;
    }
    if (official) return;
    const letterhead = councilLetterhead(analysis.body.text, council);
    if (letterhead) context.report({ message: 'official', field: 'body', span: analysis.toBody(letterhead) });
  },
};

/** Lines of a council letterhead: a reference, "please ask for", a department or directorate, a web address. */
const LETTERHEAD_LINE = new RegExp([
  /^[ \t]*(?:our|your) ref(?:erence)?\b/.source,
  /^[ \t]*please (?:ask for|reply to)\b/.source,
  /^[ \t]*(?:[\w&,'’-]+ ){0,4}(?:directorate|department|division)\b/.source,
  /^[ \t]*(?:department|directorate) (?:of|for)\b/.source,
  /^[ \t]*www\./.source,
].join('|'), 'im');
/** Lines of a member's own address block: their name as councillor, their ward, the members' room. */
const MEMBER_ADDRESS_LINE = new RegExp([
  /^[ \t]*(?:cllr\.?|councillor|coun\.?)[ \t]+[A-Z]/.source,
  /\bward (?:councillor|member)\b/.source,
  /\bcouncillors? for\b/.source,
  /\bmembers['’]? (?:room|office|lounge|corridor)\b/.source,
].join('|'), 'im');
/** An executive role in that block, whose holder writes for the Council: Cabinet Member, Portfolio Holder, the Leader. */
const EXECUTIVE_LINE = new RegExp([
  /\b(?:cabinet|executive) member\b/.source,
  /\bportfolio holder\b/.source,
  /\b(?:deputy )?leader of\b/.source,
  /\bleader['’]s office\b/.source,
  /\boffice of the (?:deputy )?leader\b/.source,
].join('|'), 'i');
const councilLines = new Map<string, RegExp>();

/**
 * The council's name on a line of its own as a letterhead: the letter's heading, or
 * with the council's reference or department lines, and not in a ward member's own
 * address block ("Cllr Simon Hale / Ward Councillor for Northfield / <council> / Town Hall");
 * a Cabinet Member's or the Leader's block speaks for the Council.
 */
function councilLetterhead(body: string, council: string): Hit | null {
  const salutation = /^[ \t]*dear\b/im.exec(body);
  const head = body.slice(0, Math.min(salutation?.index ?? 400, 600));
  let line = councilLines.get(council);
  if (!line) {
    line = new RegExp(`^[ \\t]*${escapeRegExp(council.trim()).replace(/\s+/g, '[ \\t]+')}[ \\t]*$`, 'gim');
    councilLines.set(council, line);
  }
  const hit = firstHit(line, head);
  if (!hit) return null;
  const blockStart = head.lastIndexOf('\n\n', hit.start) + 1;
  const blockEnd = head.indexOf('\n\n', hit.end);
  const block = head.slice(blockStart, blockEnd < 0 ? head.length : blockEnd);
  if (EXECUTIVE_LINE.test(block)) return hit;
  if (MEMBER_ADDRESS_LINE.test(block)) return null;
  const heading = head.slice(0, hit.start).trim() === '';
  return heading || LETTERHEAD_LINE.test(head) ? hit : null;
}
