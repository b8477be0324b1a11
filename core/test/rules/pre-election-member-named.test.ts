import { configWith, document, testRule } from '../rule-tester.ts';
import { exampleCouncil } from '../../src/index.ts';

const release = (quote: string, now: string) => ({
  now,
  draft: document(`PRESS RELEASE\n\nRiverside bridge reopens\n\nThe footbridge over the river at Riverside has reopened after repairs.\n\n${quote}\n\nENDS`),
});
const IN_PERIOD = '2027-04-12T10:00:00+01:00';
const wardElection = configWith({
  elections: [{ name: 'Hillside by-election', poll: '2027-07-15', wards: ['Hillside'], candidates: ['Chris Dale'] }],
});

testRule('pre-election-member-named', {
  valid: [
    { name: 'does not flag a member quoted before the notice of election', ...release('Cllr Owen Price said: "A welcome reopening."', '2027-03-30T12:00:00+01:00') },
    { name: 'does not flag a member quoted after the close of poll', ...release('Cllr Owen Price said: "A welcome reopening."', '2027-05-06T22:30:00+01:00') },
    { name: 'does not flag an officer quoted in the period', ...release('Sam Hughes, Director of Environment, said: "The repairs finished on time."', IN_PERIOD) },
    { name: 'does not flag a member of another ward in a ward by-election', config: wardElection, ...release('Cllr Owen Price said: "A welcome reopening."', '2027-07-01T10:00:00+01:00') },
    { name: 'does not flag a party\'s national Deputy Leader as a council role', ...release('The bridge was visited by Labour\'s Deputy Leader during a tour of the region.', IN_PERIOD) },
    { name: 'does not flag the Council\'s Chief Executive in the period', ...release('The Council\'s Chief Executive said: "The repairs finished on time."', IN_PERIOD) },
    { name: 'does not flag the Mayor of London in the period', ...release('The repairs were part-funded by the Mayor of London.', IN_PERIOD) },
    { name: 'does not flag the chair of a residents\' group in the period', ...release('The chair of the Riverside Residents\' Association said: "A welcome reopening."', IN_PERIOD) },
    { name: 'does not flag the Leader by title in a by-election for another ward', config: wardElection, ...release('The Leader of the Council said: "A welcome reopening."', '2027-07-01T10:00:00+01:00') },
  ],
  invalid: [
    { name: 'flags a member quoted in the period', ...release('Cllr Owen Price, Cabinet Member for Leisure, said: "A welcome reopening."', IN_PERIOD), excerpt: 'Cllr Owen Price' },
    { name: 'flags the first day of the computed period', ...release('Councillor Susan Clarke opened the bridge.', '2027-03-31T00:30:00+01:00'), excerpt: 'Councillor Susan Clarke' },
    { name: 'flags a candidate from the configuration', ...release('Local café owner Leah Morgan said: "Footfall will be back."', IN_PERIOD), excerpt: 'Leah Morgan' },
    { name: 'flags a member of the ward in a ward by-election', config: wardElection, ...release('Cllr Nina Shah said: "Hillside residents use this bridge."', '2027-07-01T10:00:00+01:00'), excerpt: 'Cllr Nina Shah' },
    { name: 'flags the Leader of the Council quoted by title', ...release('The Leader of the Council said: "A welcome reopening."', IN_PERIOD), excerpt: 'The Leader of the Council' },
    { name: 'flags a Cabinet Member quoted by portfolio', ...release('The Cabinet Member for Environment and Transport said: "A welcome reopening."', IN_PERIOD), excerpt: 'Cabinet Member for Environment and Transport' },
    { name: 'flags a committee chair named by title', ...release('The Chair of the Planning Committee reopened the bridge.', IN_PERIOD), excerpt: 'The Chair of the Planning Committee' },
    { name: 'flags the Mayor named by title', ...release('The Mayor reopened the bridge on Saturday.', IN_PERIOD), excerpt: 'The Mayor' },
    { name: 'flags a member not in the directory', config: configWith({ members: [], elections: exampleCouncil.elections }), ...release('Cllr Pat Quinn welcomed the reopening.', IN_PERIOD), excerpt: 'Cllr Pat Quinn' },
  ],
});
