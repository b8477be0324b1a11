import { document, testRule } from '../rule-tester.ts';

const release = (quote: string) => ({
  now: '2027-01-20T10:00:00Z',
  draft: document(`PRESS RELEASE\nFor immediate release\n\nNew play area opens in Riverside Park\n\nA new play area with accessible swings has opened in Riverside Park.\n\n${quote}\n\nENDS\n\nNotes to editors: photographs are available from the press office.`),
});

testRule('publicity-party-affiliation', {
  valid: [
    { name: 'does not flag the votes cast for each candidate with their parties', ...release('The votes cast for each candidate were: Tom Ellis (Labour Party) - 1,642, Nina Shah (Conservative Party) - 1,208.') },
    { name: 'does not flag group leaders listed by role and not quoted', ...release('The panel includes the Leader of the Council, Cllr Owen Price, and the Leader of the Labour Group, Cllr Tom Ellis.') },
    { name: 'does not flag a by-election result naming the winner\'s party', ...release('Cllr Tom Ellis (Labour) was elected for Riverside ward with 1,204 votes.') },
    { name: 'does not flag a member quoted by council role', ...release('Cllr Owen Price, Cabinet Member for Leisure, said: "Families have waited a long time for this."') },
    { name: 'does not flag "Independent" alone', ...release('Cllr Joan Barker, an Independent member for Hillside, said: "It is a great space."') },
    { name: 'does not flag the word green in ordinary use', ...release('Cllr Owen Price said: "The green space around it has been replanted too."') },
    { name: 'does not flag a bracketed ward with no party', ...release('Cllr Owen Price (Riverside, ward councillor) said: "Families have waited a long time."') },
  ],
  invalid: [
    { name: 'flags a party before a council leader\'s name', ...release('Labour council leader Owen Price said: "Families have waited a long time."'), excerpt: 'Owen Price' },
    { name: 'flags a party possessive before a Cabinet Member\'s role', ...release('Labour\'s Cabinet Member for Leisure, Cllr Owen Price, said: "Families have waited."'), excerpt: 'Cabinet Member for Leisure' },
    { name: 'flags a party before the Leader of the Council\'s role and name', ...release('Conservative Leader of the Council, Councillor Owen Price, said: "Families have waited a long time."'), excerpt: 'Owen Price' },
    { name: 'flags a party possessive before a long portfolio and the name', ...release('Labour\'s Cabinet Member for Adult Social Care and Health, Cllr Owen Price, said: "Families have waited."'), excerpt: 'Owen Price' },
    { name: 'flags a party possessive before the Leader of the Council, who is no national office holder', ...release('Labour\'s Leader of the Council said: "Families have waited a long time."'), excerpt: 'Leader of the Council' },
    { name: 'flags a release saved from classic Outlook with its header block on top', now: '2027-01-20T10:00:00Z', draft: document('From: Communications Team\nSent: 20 January 2027 09:12\nTo: Newsdesk\nSubject: Play area\n\nPRESS RELEASE\nFor immediate release\n\nLabour councillor Owen Price said: "Families have waited a long time."\n\nENDS'), excerpt: 'Labour councillor Owen Price' },
    { name: 'flags a group leader quoted with the group named', ...release('Cllr Tom Ellis, Leader of the Labour Group, said: "We pushed for this."'), excerpt: 'Cllr Tom Ellis' },
    { name: 'flags a party label after an intervening council role', ...release('Cllr Tom Ellis, Cabinet Member for Leisure, and Labour councillor for Riverside ward, said: "We pushed for this."'), excerpt: 'Cllr Tom Ellis' },
    { name: 'flags a party before the name', ...release('Labour councillor Owen Price said: "Families have waited a long time for this."'), excerpt: 'Labour councillor Owen Price' },
    { name: 'flags a party abbreviation after the name', ...release('Cllr Owen Price (Lab) said: "Families have waited a long time."'), excerpt: 'Cllr Owen Price (Lab)' },
    { name: 'flags a party in apposition', ...release('Cllr Tom Ellis, Green councillor for Riverside, said: "We pushed for this."'), excerpt: 'Cllr Tom Ellis, Green' },
    { name: 'flags a party name hidden with a zero-width space', ...release('Cllr Nina Shah, Con\u200bservative spokesperson, said: "Good news."'), excerpt: 'Cllr Nina Shah' },
    { name: 'flags a party name with a Cyrillic look-alike letter', ...release('L\u0430bour councillor Owen Price welcomed the opening.'), excerpt: 'Owen Price' },
    { name: 'flags a party abbreviation first in a bracketed list', ...release('Cllr Owen Price (Lab, Riverside) said: "Families have waited a long time."'), excerpt: 'Cllr Owen Price (Lab, Riverside)' },
    { name: 'flags a party abbreviation last in a bracketed list', ...release('Cllr Nina Shah (Hillside - Con) said: "Families have waited a long time."'), excerpt: 'Cllr Nina Shah (Hillside - Con)' },
    { name: 'flags a full party name in a bracketed list', ...release('Cllr Owen Price (Riverside ward, Labour) said: "Families have waited a long time."'), excerpt: 'Cllr Owen Price (Riverside ward, Labour)' },
    { name: 'flags a member who leads a party group, up to "group"', ...release('Cllr Tom Ellis, who leads the Green group, said: "We pushed for this."'), excerpt: 'who leads the Green group' },
    { name: 'flags a member named by a party group role', ...release('The Leader of the Conservative Group said: "Families have waited a long time."'), excerpt: 'Leader of the Conservative Group' },
  ],
});
