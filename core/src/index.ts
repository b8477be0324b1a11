export * from './model.ts';
export {
  parseCouncilConfig, formatJsonPath, configProblemLines, exampleCouncil, type ConfigResult,
} from './config.ts';
export { check, review, type CheckOptions, type Review, type Dismissal } from './engine.ts';
export { outcomeOf, type Outcome } from './outcome.ts';
export { rules, ruleById } from './rules/index.ts';
export { citationsFor, formatCitations, PROFILE_PROTOCOLS } from './citations.ts';
export { ukDate, ukDateTime } from './time/uk-dates.ts';
export { ProbityInputError } from './errors.ts';
export { clearSentenceCache } from './nlp/verbs.ts';
