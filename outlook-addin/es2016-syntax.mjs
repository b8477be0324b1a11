// Whether a regular expression is one an ES2016 engine can compile, for the
// on-send build (build.mjs) and its tests: @eslint-community/regexpp (the
// parser ESLint's regular-expression rules use) set to ECMAScript 2016, so
// lookbehind, named groups, Unicode property escapes and the `s`, `d` and
// `v` flags are all syntax errors, as they are in classic Outlook's runtime
// before Version 2403.
import { RegExpValidator } from '@eslint-community/regexpp';

const es2016 = new RegExpValidator({ ecmaVersion: 2016 });

/** Null when `pattern` with `flags` parses as ES2016, else the parser's reason. */
export function es2016SyntaxError(pattern, flags) {
  try {
    es2016.validateFlags(flags);
    es2016.validatePattern(pattern, undefined, undefined, { unicode: flags.includes('u') });
    return null;
  } catch (error) {
    return error.message;
  }
}

export function isEs2016Pattern(pattern, flags) {
  return es2016SyntaxError(pattern, flags) === null;
}
