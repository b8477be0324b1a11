import { describe, expect, it } from 'vitest';
import disciplinary from '../../data/disciplinary.json';
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
    { name: 'flags "the sooner he is shown the door"', draft: toOfficer('The sooner he is shown the door, the better.'), excerpt: 'is shown the door' },
  ],
});

/** One way of saying each disciplinary pattern, in the order of core/data/disciplinary.json. */
const SAYINGS = [
  "You are hereby suspended.",
  "I am dismissing him today.",
  "The officer should be summarily sacked.",
  "She should not be working here.",
  "That man has no place in this council.",
  "He needs to be shown the door.",
  "I hope he gets shown the door.",
  "Show him the door.",
  "I want the officer responsible disciplined.",
  "Consider yourself relieved of your duties.",
  "You are barred from the committee.",
  "I am standing you down from the panel.",
  "Please take disciplinary action now.",
  "Disciplinary action must be taken.",
  "I want disciplinary action against her.",
  "He must face formal disciplinary proceedings.",
  "Get him fired.",
  "She should lose her job.",
  "Heads must roll.",
  "I want a final warning on her file.",
  "Give him a formal warning.",
  "I would be looking hard at his position.",
  "It is time Dan found a job elsewhere.",
  "She should look for another job.",
  "The officer who signed it off should be facing a formal warning.",
];

describe('the keywords checked before the disciplinary patterns', () => {
  const keywords = new RegExp(disciplinary.keywords, 'i');

  it('has a saying for every pattern', () => {
    expect(SAYINGS).toHaveLength(disciplinary.patterns.length);
  });

  it.each(disciplinary.patterns.map((pattern, index) => [SAYINGS[index], pattern]))('"%s" is matched by its pattern and by the keywords', (saying, pattern) => {
    expect(saying).toMatch(new RegExp(pattern!, 'i'));
    expect(saying).toMatch(keywords);
  });
});
