/**
 * A member's name as people write it in mail: "Councillor Dr Jane Smith MBE"
 * becomes "Jane Smith". Civic titles in front of a name ("Mayor Donatus
 * Anyanwu", as ModernGov lists the mayor) are kept aside, since they are posts.
 */

const CIVIC_TITLE = /^((?:deputy )?(?:lord )?mayor)(?: |$)/i;
const COUNCILLOR_TITLE = /^(?:councillor|cllr|coun|alderman)\.?(?: |$)/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|reverend)\.?(?: |$)/i;
/** Honours and offices written after a name. */
const POST_NOMINALS = new Set(['mbe', 'obe', 'cbe', 'kbe', 'dbe', 'bem', 'jp', 'dl', 'mp', 'mep', 'qc', 'kc', 'frsa']);

export interface CleanName {
  name: string;
  /** Civic titles taken from in front of the name: "Mayor", "Deputy Mayor". */
  titles: string[];
}

export function cleanName(raw: string): CleanName {
  let rest = raw.replace(/\s+/g, ' ').trim();
  const titles: string[] = [];
  for (;;) {
    const civic = CIVIC_TITLE.exec(rest);
    if (civic) titles.push(civic[1]!);
    const title = civic ?? COUNCILLOR_TITLE.exec(rest) ?? HONORIFIC.exec(rest);
    if (!title) break;
    rest = rest.slice(title[0].length);
  }
  const words = rest.split(' ');
  while (words.length > 1 && POST_NOMINALS.has(words.at(-1)!.replace(/[.,]/g, '').toLowerCase())) words.pop();
  return { name: words.join(' ').replace(/,$/, ''), titles };
}
