import { describe, expect, it } from 'vitest';
import staffing from '../../data/staffing.json';
import { email, findingsOf, testRule } from '../rule-tester.ts';
import { CHAIR, LEADER, OFFICER } from '../people.ts';

const toMember = (text: string, to = LEADER) => email({ from: OFFICER, to: [to], body: `Dear Cllr Okafor,\n\n${text}\n\nDan Foster\nHighways Officer\nTel: 01632 960 311` });

testRule('officer-staffing-approach', {
  valid: [
    { name: 'does not flag a director briefing on a restructure', draft: toMember('The directorate restructure will merge the two highways teams from April; consultation with staff starts next week.') },
    { name: 'does not flag service business', draft: toMember('The resurfacing programme for next year is attached.') },
    { name: 'does not flag an application for grant funding', draft: toMember('I have applied for lottery funding for the new play area on Mill Road.') },
    { name: 'does not flag volunteering for an event', draft: toMember('I have put my name forward to help at the litter pick on Saturday.') },
    { name: 'does not flag a manager\'s hearing about someone else', draft: toMember('I chaired the disciplinary hearing for one of the drivers last week, so the matter is closed.') },
    { name: 'does not flag sending a restructure report', draft: toMember('I have attached the restructure report that goes to Cabinet next month.') },
    { name: 'does not flag the writer\'s capacity ("in my role as")', draft: toMember('In my role as case officer I have read the restructure proposals for the depot site.') },
    { name: 'does not flag a warning the officer gave to someone else', draft: toMember('I have given the tenant a final written warning about the noise.') },
    { name: 'does not flag an officer running a shortlisting', draft: toMember("I've shortlisted three contractors for the resurfacing job.") },
    { name: 'does not flag a grievance the officer is hearing for someone else', draft: toMember('I am hearing the grievance for one of the drivers next week.') },
    { name: 'does not flag an opinion on a service restructure', draft: toMember('I think the restructure of the parks service will save about £200,000 a year.') },
  ],
  invalid: [
    { name: 'flags a grievance raised with a member', draft: toMember('I have lodged a formal grievance about how I was treated, and I hope you can look into it.'), excerpt: 'formal grievance' },
    { name: 'flags a regrading raised with the chair', draft: toMember('My application to have my post regraded was turned down; could you raise it with the Chief Executive?', CHAIR), excerpt: 'post regraded' },
    { name: 'flags an officer\'s own job application', draft: toMember('I have applied for the Head of Highways post and wanted you to know.'), excerpt: 'I have applied for', alsoFires: ['recruitment-canvassing'] },
    { name: 'flags putting one\'s name forward for a post', draft: toMember("I've put my name forward for the Assistant Director (Housing Strategy) post."), excerpt: 'put my name forward' },
    { name: 'flags going for a job', draft: toMember("I'm going for the Senior Engineer job when it is advertised next month."), excerpt: 'going for the Senior Engineer job' },
    { name: 'flags being shortlisted', draft: toMember("I've been shortlisted for the Transport Manager role and wanted you to hear it from me."), excerpt: 'shortlisted' },
    { name: 'flags being called to a disciplinary hearing', draft: toMember("I've been called to a disciplinary hearing next Tuesday over a complaint, which I think is unfair."), excerpt: 'disciplinary hearing' },
    { name: 'flags a final written warning given to the officer', draft: toMember('I was given a final written warning last month and I do not think it was fair.'), excerpt: 'final written warning' },
    { name: 'flags a grievance lodged, in the simple past', draft: toMember('I lodged a grievance about my manager in March and have heard nothing since.'), excerpt: 'lodged a grievance' },
    { name: 'flags thinking of lodging a grievance', draft: toMember("Honestly, I'm close to lodging a formal grievance over the rota."), excerpt: 'lodging a formal grievance' },
    { name: 'flags the officer\'s own pay grade', draft: toMember('Since the restructure I am still paid on my old grade, which I hope you can raise.'), excerpt: 'my old grade' },
    { name: 'flags the officer\'s request for a regrading', draft: toMember('My request for a regrading was refused again in June.'), excerpt: 'My request for a regrading' },
    { name: 'flags the officer\'s post under a restructure', draft: toMember('The depot review is going to put my post two grades lower.'), excerpt: 'my post' },
    { name: 'flags being at risk of redundancy', draft: toMember("I'm at risk of redundancy in the new structure and don't know who else to ask."), excerpt: 'at risk of redundancy' },
  ],
});

describe('the staffing word lists', () => {
  const entries = [...staffing.matters, ...staffing.posts, ...staffing.processes, ...staffing.losses, ...staffing.undergoing];
  it.each(entries.map((entry) => [entry.term, entry.example]))('"%s": its example "%s" raises the officer\'s own employment', (_term, example) => {
    const draft = toMember(`${example![0]!.toUpperCase()}${example!.slice(1)}.`);
    expect(findingsOf({ name: example!, draft }, 'officer-staffing-approach')).toHaveLength(1);
  });
});
