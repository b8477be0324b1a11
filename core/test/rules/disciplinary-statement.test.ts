import { describe, expect, it } from 'vitest';
import disciplinary from '../../data/disciplinary.json';
import { disciplinaryIn } from '../../src/nlp/disciplinary.ts';
import type { Sentence } from '../../src/recognise/sentences.ts';
import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, REPORTER, WARD_SIGNATURE } from '../people.ts';

const toOfficer = (text: string) => email({ from: LIB_DEM, to: [OFFICER], body: `Dan,\n\n${text}\n\nMary` });

testRule('disciplinary-statement', {
  valid: [
    { name: 'does not flag a member thinking of their own next job', draft: toOfficer("After twenty years on the council, it is time I found a new role outside politics.") },
    { name: 'does not flag a warning about the weather', draft: toOfficer('There is a flood warning for the river tonight; could the crews check the gullies?') },
    { name: 'does not flag a question about his future plans', draft: toOfficer('Do you know his future plans for the depot site?') },
    { name: 'does not flag a complaint left to management', draft: toOfficer('I am unhappy with how my complaint was handled, but staffing is a matter for your manager. Could you let me know what happens next?') },
    { name: 'does not flag the word suspended about a service', draft: toOfficer('Could you tell me why the bus lane enforcement was suspended last week?') },
    { name: 'does not flag saying discipline is not being called for', draft: toOfficer('To be clear, I am not saying the man should be disciplined; that is for you and HR once you have looked into it.') },
    { name: 'does not flag a negated call for discipline', draft: toOfficer("I'm not calling for anyone to be disciplined, but I would like the repair finished.") },
    { name: 'does not flag a contracted negation', draft: toOfficer("I wouldn't want anyone to be sacked over this; I just want it put right.") },
    { name: 'does not flag "nobody is suggesting"', draft: toOfficer('Nobody is suggesting she should be dismissed, but residents deserve an apology.') },
    { name: 'does not flag a question about the outcome', draft: toOfficer('Could you let me know whether disciplinary action will be taken, so that I can tell the resident?') },
    { name: 'does not flag past proceedings mentioned as fact', draft: toOfficer('I understand disciplinary proceedings were brought against him last year and came to nothing.') },
    { name: 'does not flag action already taken, told as fact', draft: toOfficer('I gather the depot manager took disciplinary action last spring, so I will leave it there.') },
    { name: 'does not flag wanting to know why nobody was disciplined', draft: toOfficer('I want to know why nobody was disciplined after the last incident.') },
    { name: 'does not flag asking whether anyone will face disciplinary action', draft: toOfficer('Could you tell me whether anyone will face disciplinary action over the variation orders?') },
    { name: 'does not flag consider yourself invited', draft: toOfficer("Please consider yourself invited to the ward walkabout on Friday.") },
    { name: 'does not flag staff who should not be working alone', draft: toOfficer('Staff should not be working alone at the depot after dark; could we talk about rotas?') },
    { name: 'does not flag racism having no place in the Council', draft: toOfficer('Racism has no place in this Council, and I was glad to see the new training.') },
    { name: 'does not flag contractors who should not be working here on Sundays', draft: toOfficer('Contractors should not be working here on Sundays under the planning conditions.') },
    { name: 'does not flag a negated call to show someone the door', draft: toOfficer("I am not saying he should be shown the door, but he needs more training.") },
    { name: 'does not flag a service to be suspended', draft: toOfficer('The bus lane enforcement should be suspended until the new signs are up.') },
    { name: 'does not flag an item taken off an agenda', draft: toOfficer('I want the Elm Road item taken off the agenda until the survey is back.') },
    { name: 'does not flag asking for the disciplinary policy', draft: toOfficer('Could you send me the disciplinary procedure so I can read it before the training?') },
    { name: 'does not flag an officer still working on a report', draft: toOfficer('I hope you are still working on the report; there is no rush.') },
    { name: 'does not flag an inference that someone must have been suspended', draft: toOfficer('He must have been suspended, since nobody has seen him at the depot this week.') },
    { name: 'does not flag the writer saying they would have been sacked', draft: toOfficer('I would have been sacked for a mistake like that when I worked in retail.') },
    { name: 'does not flag a trial that should have been suspended', draft: toOfficer('The bus gate trial should have been suspended over the summer.') },
    { name: 'does not flag a factual note that the disciplinary policy applies', draft: toOfficer("The council's disciplinary policy applies to agency staff as well, as I understand it.") },
    { name: 'does not flag papers put in front of a disciplinary panel', draft: toOfficer('Please put the audit report in front of the disciplinary panel on Monday.') },
    { name: 'does not flag an officer already on a warning, told as fact', draft: toOfficer('He is already on a final written warning, I understand, so I will say no more.') },
    { name: 'does not flag an agenda item to be demoted', draft: toOfficer('The parking item should be demoted to the end of the agenda.') },
    { name: 'does not flag the Council to be reprimanded by a regulator', draft: toOfficer('Frankly the Council should be reprimanded by the ombudsman for this.') },
    { name: 'does not flag firing a kiln', draft: toOfficer('The pottery kiln wants firing before the open day.') },
  ],
  invalid: [
    { name: 'flags an officer said to deserve a final written warning', draft: toOfficer('As for the ranger who let the mowers onto the orchid bank, he deserves a final written warning.'), excerpt: 'deserves a final written warning' },
    { name: 'flags "should be let go"', draft: toOfficer('Dan should be let go. Frankly the sooner the better.'), excerpt: 'should be let go' },
    { name: 'flags demanding a formal warning on an officer\'s file', draft: toOfficer('I want a formal warning on his file.'), excerpt: 'formal warning on his file' },
    { name: 'flags telling a manager to look at an officer\'s position', draft: toOfficer('If I were you I would be looking very hard at his position.'), excerpt: 'looking very hard at his position' },
    { name: 'flags saying it is time an officer found another job', draft: toOfficer('I think it is time Dan found a job more suited to his talents somewhere else.'), excerpt: 'time Dan found a job' },
    { name: 'flags "you are suspended"', draft: toOfficer('After what happened today, you are suspended until further notice.'), excerpt: 'you are suspended' },
    { name: 'flags insisting an officer be disciplined', draft: toOfficer('I expect the adviser who spoke to my resident to be disciplined.'), excerpt: 'disciplined' },
    { name: 'flags "should be sacked" to a reporter', draft: email({ from: LIB_DEM, to: [REPORTER], body: `Hello,\n\nThe manager who approved this should be sacked.\n\n${WARD_SIGNATURE('Mary Doyle', 'Northfield')}` }), excerpt: 'should be sacked', alsoFires: ['officer-criticised-publicly'] },
    { name: 'flags insisting that disciplinary proceedings are brought', draft: toOfficer('I shall be insisting that formal disciplinary proceedings are brought against the man concerned.'), excerpt: 'disciplinary proceedings are brought' },
    { name: 'flags insisting that an officer be disciplined', draft: toOfficer('I insisted that he be disciplined when I spoke to your director.'), excerpt: 'insisted that he be disciplined' },
    { name: 'flags a demand that action must be taken', draft: toOfficer('Disciplinary action must be taken against the officer responsible.'), excerpt: 'Disciplinary action must be taken' },
    { name: 'flags telling an officer to start a disciplinary investigation', draft: toOfficer('I want you to start a disciplinary investigation into her conduct.'), excerpt: 'start a disciplinary investigation' },
    { name: 'flags bringing proceedings in any form', draft: toOfficer('You should be bringing formal disciplinary proceedings against the crew.'), excerpt: 'bringing formal disciplinary proceedings' },
    { name: 'flags calling for disciplinary action', draft: toOfficer("I'm calling for the staff involved to be disciplined."), excerpt: 'calling for the staff involved to be disciplined' },
    { name: 'flags saying an officer should face disciplinary action', draft: toOfficer('Whoever sent that letter should face disciplinary action.'), excerpt: 'should face disciplinary action' },
    { name: 'flags consider yourself suspended', draft: toOfficer('As far as I am concerned, consider yourself suspended from presenting reports to my committee until further notice.'), excerpt: 'consider yourself suspended' },
    { name: 'flags expecting someone to face disciplinary action', draft: toOfficer('I expect whoever signed off the variation orders to face disciplinary action.'), excerpt: 'expect whoever signed off the variation orders to face' },
    { name: 'flags wanting to see an officer face the sack', draft: toOfficer("I'd like to see the officer responsible face the sack."), excerpt: 'like to see the officer responsible face the sack' },
    { name: 'flags removing an officer from a committee', draft: toOfficer("I'm removing you from the licensing committee with immediate effect."), excerpt: "I'm removing you from" },
    { name: 'flags saying an officer should not be working for the Council', draft: toOfficer('Frankly, that young man should not be working for this Council.'), excerpt: 'should not be working for this Council' },
    { name: 'flags "shouldn\'t be working here"', draft: toOfficer("After the way she spoke to my resident, she shouldn't be working here."), excerpt: "shouldn't be working here" },
    { name: 'flags an officer who has no place in the Council', draft: toOfficer('That officer has no place in this Council.'), excerpt: 'has no place in this Council' },
    { name: 'flags "should be shown the door"', draft: toOfficer('The adviser should be shown the door.'), excerpt: 'should be shown the door' },
    { name: 'flags a removal wanted as an outcome, put as "wants" with -ing', draft: toOfficer('Whoever approved the road closure wants sacking.'), excerpt: 'wants sacking' },
    { name: 'flags an officer to be taken off the work and disciplined', draft: toOfficer('The inspector who missed the cracks is to be taken off the contract and disciplined.'), excerpt: 'taken off the contract' },
    { name: 'flags an officer to be put through the disciplinary process', draft: toOfficer('She should be moved off the estate and put through the disciplinary process.'), excerpt: 'put through the disciplinary process' },
    { name: 'flags wanting an officer taken off the case', draft: toOfficer('I want her taken off the case today.'), excerpt: 'taken off the case' },
    { name: 'flags a threat that an officer will not still be working there', draft: toOfficer("Get this wrong again and don't expect to still be working in licensing by the summer."), excerpt: 'working' },
    { name: 'flags "the sooner he is shown the door"', draft: toOfficer('The sooner he is shown the door, the better.'), excerpt: 'is shown the door' },
    { name: 'flags a suspension wanted for an officer named before an apposition', draft: toOfficer('Mr Okafor, the inspector who passed the scaffolding, should be suspended until the review is done.'), excerpt: 'suspended' },
    { name: 'flags a dismissal wished for in the past', draft: toOfficer('Anywhere else, the officer who lost those files would have been sacked months ago.'), excerpt: 'sacked' },
    { name: 'flags discipline joined to a removal from duties', draft: toOfficer('I want the gardener who sprayed the wildflower verge taken off the job and disciplined.'), excerpt: 'taken off the job' },
    { name: 'flags wanting an officer on a final written warning', draft: toOfficer('Frankly the supervisor on that shift ought to be on a final written warning.'), excerpt: 'final written warning' },
    { name: 'flags wanting an officer up before a disciplinary hearing', draft: toOfficer('If this happens again I shall want the manager concerned up before a disciplinary hearing.'), excerpt: 'disciplinary hearing' },
    { name: 'flags a demotion demanded', draft: toOfficer('The team leader who signed off the overtime should be demoted.'), excerpt: 'demoted' },
    { name: 'flags an officer to be given marching orders', draft: toOfficer('Whoever lost the tender papers should be given their marching orders.'), excerpt: 'marching orders' },
    { name: 'flags wanting an officer reprimanded', draft: toOfficer('I want the enforcement officer who shouted at my resident reprimanded.'), excerpt: 'reprimanded' },
  ],
});

const sentence = (text: string): Sentence => ({ start: 0, end: text.length, text });

describe('the disciplinary word lists', () => {
  const demanded = [...disciplinary.sanctions, ...disciplinary.declaredOnly, ...disciplinary.proceedings, ...disciplinary.actions, ...disciplinary.demands, ...disciplinary.reviewing, ...disciplinary.employment, ...disciplinary.workplaces];
  it.each(demanded.map((entry) => [entry.term, entry.example]))('"%s": its example "%s" is a demand', (_term, example) => {
    expect(disciplinaryIn(sentence(example!))).not.toBeNull();
  });

  const notDemanded = [...disciplinary.deferrals, ...disciplinary.inquiries, ...disciplinary.saying];
  it.each(notDemanded.map((entry) => [entry.term, entry.example]))('"%s": its example "%s" is not a demand', (_term, example) => {
    expect(disciplinaryIn(sentence(example!))).toBeNull();
  });

  it('gives every entry an example and a source', () => {
    for (const entry of [...demanded, ...notDemanded]) expect(entry.example && entry.source, entry.term).toBeTruthy();
  });
});
