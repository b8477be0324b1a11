// Whether a regular expression uses only ES2016 syntax, for the on-send build
// (build.mjs) and its tests: regjsparser with the later features off (no
// Unicode property escapes, named groups, `s`, `d` or `v` flags). Lookbehind
// is left to the engine (README, "Outlook runtimes").
import regjsparser from 'regjsparser';

export function isEs2016Pattern(pattern, flags) {
  if (/[^gimuy]/.test(flags)) return false;
  try {
    regjsparser.parse(pattern, flags, { lookbehind: true });
    return true;
  } catch {
    return false;
  }
}
