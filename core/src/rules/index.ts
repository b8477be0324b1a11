import type { Rule } from '../rule.ts';

/** Every rule, in alphabetical order of id. A test checks this list against the files beside it. */
export const rules: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
