import { email, testRule } from '../rule-tester.ts';
import { COMMS, CONSERVATIVE_LEADER, OFFICER } from '../people.ts';

const ask = (text: string, to = COMMS) => email({ from: CONSERVATIVE_LEADER, to: [to], body: `Kate,\n\n${text}\n\nArthur` });

testRule('party-business-request', {
  valid: [
    { name: "does not flag a residents' association meeting", draft: ask('Could you send me the figures for the Elm Road residents association meeting on Thursday?') },
    { name: 'does not flag a party group briefing on council business', draft: ask('Could you arrange a group briefing on the budget for Conservative members next week?') },
    { name: 'does not flag ward surgery posters', draft: ask('Would it be possible to print twenty posters for my ward surgery?') },
    { name: 'does not flag a factual question about the election timetable', draft: ask('Could you tell me when the notice of election will be published?', OFFICER) },
    { name: 'does not flag a council mailing list with a capitalised name', draft: ask('Could you add Mrs Adams to the Green Waste mailing list?', OFFICER) },
    { name: 'does not flag a consultation mailing list', draft: ask('Could you add me to the consultation mailing list for the Local Plan?', OFFICER) },
    { name: 'does not flag a party named beside a council leaflet it complained about', draft: ask('Labour complained about the leaflet on bin collections. Could you send me the delivery figures?', OFFICER) },
    { name: 'does not flag a recruitment selection meeting', draft: ask('Could you book a room for the selection meeting for the new parks manager post?', OFFICER) },
    { name: 'does not flag a Conservative group briefing request', draft: ask('Could the Conservative group have a briefing on the leisure centre figures before Cabinet?', OFFICER) },
    { name: 'does not flag "our focus" in lower case', draft: ask('Our focus this year is the bus cuts. Could you send me the consultation figures?', OFFICER) },
    { name: 'does not flag a council focus group', draft: ask('The Moorside Focus group meets next week. Could you book the community room?', OFFICER) },
    { name: 'does not flag a ward surgery request beside no party work', draft: ask('Could you send me the ward figures on contamination? I would like to use them at my next ward surgery.', OFFICER) },
  ],
  invalid: [
    { name: 'flags slides for a party branch meeting', draft: ask('Could your team put together a few slides on the new play park for our branch meeting on Thursday?'), excerpt: 'our branch meeting' },
    { name: 'flags a list for volunteers to knock on doors', draft: ask('Could you pull off a list of the petition signatories so our volunteers can knock on their doors before May?'), excerpt: 'knock on their doors' },
    { name: 'flags a campaign leaflet', draft: ask('Could you put together a campaign leaflet on our record on potholes?'), excerpt: 'campaign leaflet' },
    { name: 'flags canvassing data', draft: ask('Please send me the phone numbers of residents in Hillside so we can ring round before the election.', OFFICER), excerpt: 'ring round' },
    { name: 'flags a conference speech', draft: ask("I'm speaking at the Conservative spring conference next month. Would you be able to draft a few paragraphs for my speech?"), excerpt: 'draft a few paragraphs' },
    { name: 'flags consultees wanted for a named local party\'s mailing list', draft: ask("Would you be able to send me the names and e-mail addresses of the residents who responded? I'd like to add them to the Northfield Conservative Association mailing list.", OFFICER), excerpt: 'send me the names and e-mail addresses' },
    { name: 'flags council data for the party\'s supporters list', draft: ask('Could you export the petition responses for me? They will go into the party\'s supporters list.', OFFICER), excerpt: 'export the petition responses' },
    { name: 'flags residents\' details for a campaign database', draft: ask('Please send me the e-mail addresses of the petition signatories so we can add them to our campaign database.', OFFICER), excerpt: 'our campaign database' },
    { name: 'flags a multi-word party name before the list', draft: ask('Could you send me the list of residents who came to the drop-in? I want to put them on the Lib Dem contacts list.', OFFICER), excerpt: 'send me the list of residents' },
    { name: 'flags figures for a named local party\'s leaflet', draft: ask("Could you work out some figures for the Abbey Conservatives' leaflet we're putting out before May?", OFFICER), excerpt: 'Could you work out some figures' },
    { name: 'flags a room for a party selection meeting', draft: ask('Could you book Committee Room 2 on Thursday for our Lib Dem candidate selection meeting?', OFFICER), excerpt: 'book Committee Room 2' },
    { name: 'flags help with a party newsletter', draft: ask('Would you be able to check the numbers in the Tory newsletter before it goes to print?', OFFICER), excerpt: 'Tory newsletter' },
    { name: 'flags a selection meeting named without a party', draft: ask('Can you print the agendas for the candidate selection evening on Friday?', OFFICER), excerpt: 'print the agendas' },
    { name: 'flags polishing a Lib Dem Focus newsletter', draft: ask("Our Moorside Focus goes to the printers next Wednesday and the bit on the bus cuts reads like a shopping list. Would you have half an hour to knock it into shape?"), excerpt: 'knock it into shape' },
    { name: 'flags checking the next Focus', draft: ask('Could you have a look over the next Focus before it goes out? The piece on potholes needs tidying.'), excerpt: 'the next Focus' },
    { name: 'flags tidying up a Conservative In Touch', draft: ask('Would you mind tidying up the article for our Hillside In Touch? It is attached.'), excerpt: 'our Hillside In Touch' },
    { name: 'prefers the request that names the party leaflet to a neighbouring request', draft: ask("Could you send me the ward figures? I'd like to use them at my ward surgery. And could you adapt the artwork so it works on the Abbey Conservative leaflet before May?"), excerpt: 'Conservative leaflet' },
  ],
});
