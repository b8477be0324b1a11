import { email, testRule } from '../rule-tester.ts';
import { COMMS, CONSERVATIVE_LEADER, OFFICER } from '../people.ts';

const ask = (text: string, to = COMMS) => email({ from: CONSERVATIVE_LEADER, to: [to], body: `Kate,\n\n${text}\n\nArthur` });

testRule('party-business-request', {
  valid: [
    { name: 'does not flag a party group briefing on council business', draft: ask('Could you arrange a group briefing on the budget for Conservative members next week?') },
    { name: 'does not flag ward surgery posters', draft: ask('Would it be possible to print twenty posters for my ward surgery?') },
    { name: 'does not flag a factual question about the election timetable', draft: ask('Could you tell me when the notice of election will be published?', OFFICER) },
  ],
  invalid: [
    { name: 'flags a campaign leaflet', draft: ask('Could you put together a campaign leaflet on our record on potholes?'), excerpt: 'campaign leaflet' },
    { name: 'flags canvassing data', draft: ask('Please send me the phone numbers of residents in Hillside so we can ring round before the election.', OFFICER), excerpt: 'ring round' },
    { name: 'flags a conference speech', draft: ask("I'm speaking at the Conservative spring conference next month. Would you be able to draft a few paragraphs for my speech?"), excerpt: 'draft a few paragraphs' },
  ],
});
