import { describe, expect, it } from 'vitest';
import { commitmentIn } from '../src/rules/member-letter-obligation.ts';
import { instructionIn } from '../src/nlp/directive.ts';
import type { Sentence } from '../src/recognise/sentences.ts';

const sentence = (text: string): Sentence => ({ start: 0, end: text.length, text });
const flagged = (hit: { start: number; end: number } | null, text: string) => hit && text.slice(hit.start, hit.end);

describe('commitments', () => {
  it.each([
    ['The Council will pay for the repair.', 'The Council will pay'],
    ['Your fence will be repaired next week.', 'Your fence will be repaired'],
    ['I will make sure the fence is repaired.', 'I will make sure'],
    ["I'll get it fixed before the weekend.", "I'll get"],
    ['I will ask officers, and the Council will pay for the damage.', 'the Council will pay'],
    ['I will personally guarantee the refund.', 'I will personally guarantee'],
    ["I can't make any promises, but the Council will repair the wall next week.", 'the Council will repair'],
    ['Although I cannot promise a date, the Council will repair the wall.', 'the Council will repair'],
    ['I have no doubt that the Council will pay for the repair.', 'the Council will pay'],
    ['I will make sure the potholes are filled before Christmas.', 'I will make sure'],
    ['I will make sure the payment reaches you by Friday.', 'I will make sure'],
    ["I'll make sure the Council reviews your bill and refunds you.", "I'll make sure"],
    ["I accept, on the Council's behalf, that the gully was our responsibility.", 'accept, on the Council\'s behalf, that the gully was our responsibility'],
    ['The Council accepted that the flooding was its fault.', 'accepted that the flooding was its fault'],
    ['I accept that we were to blame for the delay.', 'accept that we were to blame'],
    ['I acknowledge that the fault lies with the Council.', 'acknowledge that the fault lies with the Council'],
    ['I am pleased to say that your business rates for January to March will be written off.', 'will be written off'],
    ['You can take it from me that the Council will not be taking enforcement action.', 'the Council will not be taking'],
    ['The Council will meet the full cost of temporary accommodation.', 'The Council will meet'],
    ['The Council will suspend all further nominations from 1 April unless the works are finished.', 'The Council will suspend'],
    ['Consider the licence fee waived for this season.', 'Consider the licence fee waived'],
  ])('finds the commitment in "%s"', (text, words) => {
    expect(flagged(commitmentIn(sentence(text)), text)).toContain(words);
  });

  it.each([
    'I will ask officers to look at the fence.',
    "I will raise this with the highways team, and I'll chase them if I hear nothing.",
    'I will also find out whether it can come from the ward budget.',
    'Residents asked about the bins, and I will take it up with the depot.',
    'If the budget allows, the Council will repair the fence.',
    'Will the Council pay for the repair?',
    "I can't promise that the Council will resurface it this year.",
    'I cannot, of course, guarantee that the road will be resurfaced.',
    'There is no guarantee that you will be compensated.',
    "I'm not in a position to say that the Council will repair it.",
    'I am unable to confirm that the Council will pay for the damage.',
    "I wouldn't want to promise that your fence will be repaired this month.",
    'It is unlikely that the Council will resurface the road this year.',
    "I can't promise I'll get it fixed before the weekend.",
    'I will make sure your complaint reaches the environmental health officer.',
    'I will make sure that your email is passed on to the right officer.',
    "I'll see to it that the housing team is aware of the leak.",
    'I will ensure that you hear back from the team within a week.',
    'I will make sure it is looked at by the highways inspector.',
    'I accept that you are frustrated.',
    'I accept that it was not your fault.',
    'We do not accept liability for the damage.',
    'The Council does not accept that the flooding was its fault.',
    'I accept that the contractor was at fault.',
    'I accept that it is our responsibility to keep you informed.',
    'Officers will look at whether enforcement action is needed.',
    'Your complaint about the fee will be passed to the licensing team.',
    'If the budget allows, the Council will meet the full cost.',
    'Consider the points I have made.',
  ])('finds no commitment in "%s"', (text) => {
    expect(commitmentIn(sentence(text))).toBeNull();
  });
});

describe('instructions', () => {
  it.each([
    ['Stop all deliveries to the depot until further notice.', 'Stop'],
    ['Dan, remove the signs on Mill Road today.', 'remove the signs'],
    ["Don't send the letter until I have seen it.", "Don't send"],
    ['Have a revised version over to me by Friday.', 'Have a revised version over'],
    ['Get the contractor booked for this week and let me know the date.', 'Get the contractor booked'],
    ['Get the caretaker to stay on until 10pm.', 'Get the caretaker to stay'],
    ['You will write to Mr Dawson today withdrawing both letters.', 'You will write'],
    ["I don't care what the modelling says, just strip it out.", 'strip it'],
    ['When you write up the committee report, leave the breach out for now.', 'leave the'],
    ['Please book the hall and make sure someone from your team is there.', 'make sure someone'],
    ['I want you to get a crew out there today.', 'I want you to get'],
  ])('finds the instruction in "%s"', (text, words) => {
    expect(flagged(instructionIn(sentence(text)), text)).toContain(words);
  });

  it.each([
    'I have had three emails from residents this week about the lights.',
    'People were told the lights would be on before the clocks went back.',
    'Our team visited the site on Monday.',
    'Dan,',
    'Could you let me know when the lamp will be fixed?',
    'Have a good weekend.',
    'Have a look at the revised plans and let me know.',
    'Get back to me when you can.',
    'You will be aware that the works overran.',
    'You will see from the attached that the figures changed.',
    'If you apply before May, you will pay the lower fee.',
    'I hope you will reconsider the closure.',
    'She says you were rude to her and then put the phone down on her.',
    "I'll ring the depot, remove the old signs and report back.",
    'I think the recommendation is right, I just want committee to get a fair picture.',
    'I want you to know that residents are grateful.',
  ])('finds no instruction in "%s"', (text) => {
    expect(instructionIn(sentence(text))).toBeNull();
  });
});
