import { email, testRule } from '../rule-tester.ts';
import { CABINET, DIRECTOR, LIB_DEM } from '../people.ts';

const toDirector = (text: string, from = LIB_DEM, subject = 'Budget report') => email({ from, to: [DIRECTOR], subject, body: `Sam,\n\n${text}\n\nMary` });
const noSubject = (text: string) => toDirector(text, LIB_DEM, 'Northfield Lane');

testRule('pressure-on-officer-advice', {
  valid: [
    { name: 'does not flag disagreement without a request', draft: toDirector('I disagree with the recommendation in the budget report and will say so at Cabinet.') },
    { name: 'does not flag a question about the advice', draft: toDirector('Could you explain how the report reached its recommendation on the leisure centre?') },
    { name: 'does not flag a request to add information', draft: toDirector('Could the report include the latest usage figures for the leisure centre?') },
    { name: 'does not flag a question about why advice was removed', draft: toDirector('Could you tell me why option 3 has been taken out of the report?') },
    { name: 'does not flag asking which outcome will be recommended', draft: toDirector('Could you let me know whether you will recommend approval or refusal?') },
    { name: 'does not flag asking for findings to be pulled out as a summary', draft: toDirector('Could you pull out the main findings from the appraisal for my ward newsletter?') },
    { name: 'does not flag asking for a report to read more plainly', draft: toDirector('Could the findings in the report be written up so that residents can follow them?') },
    { name: 'does not flag asking an officer to recommend a contractor', draft: toDirector('Could you recommend a contractor for the fencing instead of the one we used last year?') },
    { name: 'does not flag removal words far from any report', draft: noSubject('Thanks for the update on the fencing. The weather has been awful. Could you strip out the old section of fence by the school gates this week?') },
    { name: 'does not flag a pronoun with no advice named before it', draft: toDirector('Thanks for the draft report. The projector in Committee Room 2 is broken. Could you take it out before Cabinet?') },
    { name: 'does not flag dropping a document round', draft: toDirector('I have read paragraph 6.3 of the draft report. Could you drop it round to my house?') },
    { name: 'does not flag taking something out of the diary', draft: toDirector('Option 2 for the report launch was the 5th. Could we take that out of the diary for now?') },
    { name: 'does not flag asking why a paragraph does not appear in the report', draft: toDirector('The paragraph on library hours was in the last draft. Could you check why it does not appear in the report?') },
    { name: 'does not flag asking that a name not appear in the report', draft: toDirector("I'd be grateful if my name did not appear in the report.") },
  ],
  invalid: [
    { name: 'flags a request to leave an option out', draft: toDirector('Could you leave the option of closing the leisure centre out of the report?'), excerpt: 'leave the option of closing the leisure centre out' },
    { name: 'flags a demand to change a recommendation', draft: toDirector('You need to change the recommendation to approval before the agenda goes out.'), excerpt: 'change the recommendation to approval', alsoFires: ['member-instructs-officer'] },
    { name: 'flags softening advice', draft: toDirector('Please tone down the legal advice about the risk of challenge.'), excerpt: 'tone down the legal advice', alsoFires: ['member-instructs-officer'] },
    { name: 'flags an executive member asking to drop an option', draft: toDirector('I would prefer it if you took the outsourcing option out of the paper.', CABINET), excerpt: 'took the outsourcing option out' },
    { name: 'flags toning down a paragraph when the papers are named', draft: noSubject('I would be grateful if you could tone down the paragraph that calls the reserves "unsustainable" before the papers are published.'), excerpt: 'tone down the paragraph' },
    { name: 'flags toning down advice when the report was named two sentences before', draft: noSubject('Thank you for the draft budget report. I have read your statement on reserves. I would be grateful if you could tone down the paragraph on reserves.'), excerpt: 'tone down the paragraph' },
    { name: 'flags softening a warning', draft: toDirector('Could you soften the warning about reserves before the papers go out?'), excerpt: 'soften the warning' },
    { name: 'flags stripping out an option', draft: toDirector('Please strip out option 3, the closure of the Moorside site, before the report goes to Cabinet.'), excerpt: 'strip out option', alsoFires: ['member-instructs-officer'] },
    { name: 'flags knocking out a section', draft: toDirector("I'd be grateful if you could knock out the section on staffing costs."), excerpt: 'knock out the section' },
    { name: 'flags pulling an option off the agenda papers', draft: toDirector('Can you pull option 2 off the agenda papers for now?'), excerpt: 'pull option 2 off' },
    { name: 'flags asking for an option to be taken out, in the passive', draft: toDirector('Could option 3 be taken out of the report before Cabinet sees it?'), excerpt: 'option 3 be taken out' },
    { name: 'flags wanting a paragraph removed', draft: toDirector("I'd like the paragraph on flood risk removed before the report is published."), excerpt: 'paragraph on flood risk removed' },
    { name: 'flags a request to recommend refusal rather than approval', draft: noSubject('Is there any way you could see your way to recommending refusal rather than approval? The committee will follow your lead.'), excerpt: 'recommending refusal rather than approval' },
    { name: 'flags asking for another outcome to be recommended', draft: toDirector('Would you be prepared to recommend refusal instead?'), excerpt: 'prepared to recommend refusal' },
    { name: 'flags saying what the recommendation must be', draft: toDirector('Frankly, the recommendation needs to be refusal, so please rethink it.'), excerpt: 'recommendation needs to be refusal', alsoFires: ['member-instructs-officer'] },
    { name: 'flags reconsidering a recommendation', draft: toDirector('Could you reconsider your recommendation before the committee meets?'), excerpt: 'reconsider your recommendation' },
    { name: 'flags advice written up so it reads differently', draft: noSubject('Could the section on flooding be written up so that it does not read as though the Environment Agency has no concerns? Members of the committee will read your report closely.'), excerpt: 'written up so that it does not read as' },
    { name: 'flags a conclusion worded so it gives another impression', draft: toDirector('Could you word the conclusion so it gives the impression that residents were listened to?'), excerpt: 'word the conclusion so it gives the impression' },
    { name: 'flags taking out a paragraph named two sentences before', draft: toDirector("My one worry is paragraph 6.3, on the risk that the reserve falls too low. I'm not sure it adds much. Could we take it out, or at least soften it?"), excerpt: 'take it out, or at least soften it' },
    { name: 'flags dropping options named in the same sentence', draft: toDirector('Options 2 and 3 look weak to me, so could you drop them from the report?'), excerpt: 'drop them' },
    { name: 'flags toning a recommendation down by pronoun', draft: toDirector('The recommendation on reserves is very stark. Would you tone it down a little?'), excerpt: 'tone it down' },
    { name: 'flags asking for a section to be removed by pronoun, in the passive', draft: toDirector('Section 4 of the report reads as a warning. Could it be removed before the papers go out?'), excerpt: 'it be removed' },
    { name: 'flags leaving a finding out of the report by pronoun', draft: toDirector("I don't like the finding on staff morale. I'd rather you left it out of the report."), excerpt: 'left it out of the report' },
    { name: 'flags asking that a paragraph named before quietly disappear', draft: toDirector('Third, the paragraph on page 14 setting out the option of closing Moorside Library. I\'d be grateful if that could quietly disappear from the report before it is published.'), excerpt: 'that could quietly disappear from the report' },
    { name: 'flags asking that an option not feature in the final report', draft: toDirector("Option 3 worries me. I'd rather it didn't feature in the final report."), excerpt: "it didn't feature in the final report" },
    { name: 'flags asking that a paragraph be lost from the draft', draft: toDirector('I would prefer the paragraph on closures was lost from the draft.'), excerpt: 'paragraph on closures was lost from the draft' },
    { name: 'flags asking that an option simply vanish from the paper', draft: toDirector("I'd be grateful if option 3 could simply vanish from the paper."), excerpt: 'option 3 could simply vanish from the paper' },
  ],
});
