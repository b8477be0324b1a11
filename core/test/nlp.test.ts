import { describe, expect, it } from 'vitest';
import { commitmentIn } from '../src/nlp/commitment.ts';
import { instructionIn } from '../src/nlp/mood.ts';
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
  ])('finds no commitment in "%s"', (text) => {
    expect(commitmentIn(sentence(text))).toBeNull();
  });
});

describe('instructions', () => {
  it.each([
    ['Stop all deliveries to the depot until further notice.', 'Stop'],
    ['Dan, remove the signs on Mill Road today.', 'remove the signs'],
    ["Don't send the letter until I have seen it.", "Don't send"],
  ])('finds the instruction in "%s"', (text, words) => {
    expect(flagged(instructionIn(sentence(text)), text)).toContain(words);
  });

  it.each([
    'I have had three emails from residents this week about the lights.',
    'People were told the lights would be on before the clocks went back.',
    'Our team visited the site on Monday.',
    'Dan,',
    'Could you let me know when the lamp will be fixed?',
  ])('finds no instruction in "%s"', (text) => {
    expect(instructionIn(sentence(text))).toBeNull();
  });
});
