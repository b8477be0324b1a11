import { email, testRule } from '../rule-tester.ts';
import { CABINET, DIRECTOR, LIB_DEM } from '../people.ts';

const toDirector = (text: string, from = LIB_DEM, subject = 'Budget report') => email({ from, to: [DIRECTOR], subject, body: `Sam,\n\n${text}\n\nMary` });

testRule('pressure-on-officer-advice', {
  valid: [
    { name: 'does not flag disagreement without a request', draft: toDirector('I disagree with the recommendation in the budget report and will say so at Cabinet.') },
    { name: 'does not flag a question about the advice', draft: toDirector('Could you explain how the report reached its recommendation on the leisure centre?') },
    { name: 'does not flag a request to add information', draft: toDirector('Could the report include the latest usage figures for the leisure centre?') },
  ],
  invalid: [
    { name: 'flags a request to leave an option out', draft: toDirector('Could you leave the option of closing the leisure centre out of the report?'), excerpt: 'leave the option of closing the leisure centre out' },
    { name: 'flags a demand to change a recommendation', draft: toDirector('You need to change the recommendation to approval before the agenda goes out.'), excerpt: 'change the recommendation to approval', alsoFires: ['member-instructs-officer'] },
    { name: 'flags softening advice', draft: toDirector('Please tone down the legal advice about the risk of challenge.'), excerpt: 'tone down the legal advice', alsoFires: ['member-instructs-officer'] },
    { name: 'flags an executive member asking to drop an option', draft: toDirector('I would prefer it if you took the outsourcing option out of the paper.', CABINET), excerpt: 'took the outsourcing option out' },
  ],
});
