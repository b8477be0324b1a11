import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNCIL_NAME, importDirectory, type DirectoryFile } from '../src/directory/index.ts';
import { readCsv } from '../src/directory/csv.ts';
import { cleanName } from '../src/directory/names.ts';
import { canonicalParty } from '../src/directory/party-names.ts';
import { rolesFromPosts } from '../src/directory/posts.ts';
import { ProbityInputError } from '../src/errors.ts';
import { CouncilConfigSchema, type Member } from '../src/model.ts';

/** Real GetCouncillorsByWard output of three councils (copied from ../shared/data; see tests/fixtures/README.md). */
const SAMPLES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'moderngov');

function sample(name: string): DirectoryFile {
  return { name, content: readFileSync(`${SAMPLES}/${name}`, 'utf8') };
}

function memberNamed(members: readonly Member[], name: string): Member | undefined {
  return members.find((member) => member.name === name);
}

function inputError(run: () => unknown): ProbityInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProbityInputError) return error;
    throw error;
  }
  throw new Error('expected a ProbityInputError');
}

function csv(content: string, name = 'members.csv'): DirectoryFile {
  return { name, content };
}

describe('ModernGov GetCouncillorsByWard files', () => {
  const councils = [
    { file: 'harlow.gov.uk.xml', staff: 'harlow.gov.uk', rulingGroup: 'Labour', parties: ['Labour', 'Conservative', 'UKIP'] },
    { file: 'kirklees.gov.uk.xml', staff: 'kirklees.gov.uk', rulingGroup: undefined, parties: ['Labour', 'Conservative', 'Liberal Democrat', 'Green', 'Valley Independent'] },
    { file: 'lambeth.gov.uk.xml', staff: 'lambeth.gov.uk', rulingGroup: 'Labour', parties: ['Labour', 'Conservative', 'Green'] },
  ];

  it.each(councils)('imports every councillor in $file to a valid configuration', ({ file, staff, rulingGroup, parties }) => {
    const input = sample(file);
    const { config } = importDirectory([input]);
    const councillors = input.content.match(/<councillor>/g)?.length;
    expect(councillors).toBeGreaterThan(30);
    expect(config.members).toHaveLength(councillors!);
    expect(CouncilConfigSchema.safeParse(config).success).toBe(true);
    expect(config.profile).toBe('model');
    expect(config.domains.staff).toEqual([staff]);
    expect(config.rulingGroup).toBe(rulingGroup);
    expect(config.parties).toEqual(parties);
    expect(config.members.every((member) => member.wards.length === 1)).toBe(true);
  });

  const members: Array<{ file: string; member: Member; why: string }> = [
    { file: 'harlow.gov.uk.xml', why: 'a backbencher', member: { name: 'Ian Beckett', party: 'Labour', wards: ['Bush Fair'], emails: ['ian.beckett@harlow.gov.uk'], roles: [] } },
    { file: 'harlow.gov.uk.xml', why: 'two posts in one key post', member: { name: 'Emma Toal', party: 'Labour', wards: ['Harlow Common'], emails: ['emma.toal@harlow.gov.uk'], roles: ['deputy-leader', 'cabinet'] } },
    { file: 'harlow.gov.uk.xml', why: 'e-mail from the home address only', member: { name: 'Jon Clempner', party: 'Labour', wards: ['Little Parndon and Hare Street'], emails: ['jon@clempner.com'], roles: ['leader'] } },
    { file: 'harlow.gov.uk.xml', why: 'the same address in both blocks', member: { name: 'Rod Truan', party: 'Labour', wards: ['Toddbrook'], emails: ['rod.truan@harlow.gov.uk'], roles: ['cabinet'] } },
    { file: 'harlow.gov.uk.xml', why: 'Chairman of the Council', member: { name: 'Tony Hall', party: 'Conservative', wards: ['Church Langley'], emails: ['tony.hall@harlow.gov.uk'], roles: ['chair'] } },
    { file: 'harlow.gov.uk.xml', why: 'Vice Chairman of the Council', member: { name: 'Edna Stevens', party: 'Labour', wards: ['Netteswell'], emails: ['edna.stevens@harlow.gov.uk'], roles: ['vice-chair'] } },
    { file: 'kirklees.gov.uk.xml', why: 'Labour and Co-operative', member: { name: "Marielle O'Neill", party: 'Labour', wards: ['Batley West'], emails: ["marielle.o'neill@kirklees.gov.uk"], roles: [] } },
    { file: 'kirklees.gov.uk.xml', why: 'plain Deputy Leader', member: { name: 'Jean Calvert', party: 'Labour', wards: ['Ashbrow'], emails: ['jean.calvert@kirklees.gov.uk'], roles: ['deputy-leader'] } },
    { file: 'kirklees.gov.uk.xml', why: 'a group leader', member: { name: 'Robert Light', party: 'Conservative', wards: ['Birstall and Birkenshaw'], emails: ['robert.light@kirklees.gov.uk'], roles: ['group-leader'] } },
    { file: 'kirklees.gov.uk.xml', why: 'a group\'s deputy leader', member: { name: 'John Lawson', party: 'Liberal Democrat', wards: ['Cleckheaton'], emails: ['john.lawson@kirklees.gov.uk'], roles: [] } },
    { file: 'kirklees.gov.uk.xml', why: 'a local party', member: { name: 'Charles Greaves', party: 'Valley Independent', wards: ['Holme Valley North'], emails: ['charles.greaves@kirklees.gov.uk'], roles: ['group-leader'] } },
    { file: 'kirklees.gov.uk.xml', why: 'Green Party', member: { name: 'Andrew Cooper', party: 'Green', wards: ['Newsome'], emails: ['andrew.cooper@kirklees.gov.uk'], roles: ['group-leader'] } },
    { file: 'kirklees.gov.uk.xml', why: 'a cut-off address', member: { name: 'Ken Sims', party: 'Conservative', wards: ['Holme Valley South'], emails: [], roles: [] } },
    { file: 'lambeth.gov.uk.xml', why: 'listed as "Mayor Donatus Anyanwu"', member: { name: 'Donatus Anyanwu', party: 'Labour', wards: ['Coldharbour'], emails: ['danyanwu@lambeth.gov.uk'], roles: ['mayor'] } },
    { file: 'lambeth.gov.uk.xml', why: 'listed as "Deputy Mayor Saleha Jaffer"', member: { name: 'Saleha Jaffer', party: 'Labour', wards: ['St Leonards'], emails: ['sjaffer@lambeth.gov.uk'], roles: ['vice-chair'] } },
    { file: 'lambeth.gov.uk.xml', why: 'a double space after Councillor', member: { name: 'Danial Adilypour', party: 'Labour', wards: ['Streatham South'], emails: ['dadilypour@lambeth.gov.uk'], roles: [] } },
    { file: 'lambeth.gov.uk.xml', why: 'Leader of the Opposition', member: { name: 'Tim Briggs', party: 'Conservative', wards: ['Clapham Common'], emails: ['tbriggs@lambeth.gov.uk'], roles: ['group-leader'] } },
    { file: 'lambeth.gov.uk.xml', why: 'a Deputy Cabinet Member', member: { name: 'Sonia Winifred', party: 'Labour', wards: ["Knight's Hill"], emails: ['swinifred@lambeth.gov.uk'], roles: [] } },
    { file: 'lambeth.gov.uk.xml', why: 'Deputy Leader (Finance and Investment)', member: { name: 'Paul McGlone', party: 'Labour', wards: ['Ferndale'], emails: ['pmcglone@lambeth.gov.uk'], roles: ['deputy-leader'] } },
    { file: 'lambeth.gov.uk.xml', why: 'a vice-chair of scrutiny', member: { name: 'Matt Parr', party: 'Labour', wards: ['Coldharbour'], emails: ['mparr1@lambeth.gov.uk'], roles: ['vice-chair'] } },
    { file: 'lambeth.gov.uk.xml', why: 'an accent in the name', member: { name: 'Amélie Treppass', party: 'Labour', wards: ['Streatham Wells'], emails: ['atreppass@lambeth.gov.uk'], roles: [] } },
  ];

  it.each(members)('reads $member.name from $file ($why)', ({ file, member }) => {
    const { config } = importDirectory([sample(file)]);
    expect(memberNamed(config.members, member.name)).toEqual(member);
  });

  it('leaves out the party of a member listed without one', () => {
    const { config } = importDirectory([sample('lambeth.gov.uk.xml')]);
    expect(memberNamed(config.members, 'Martin Tiedemann')?.party).toBeUndefined();
  });

  it('drops an invalid e-mail address with a warning naming the member', () => {
    const { warnings } = importDirectory([sample('kirklees.gov.uk.xml')]);
    expect(warnings).toContain('kirklees.gov.uk.xml: Ken Sims: dropped the e-mail address "kenneth.sims@kirklees.gov.u", which is not valid');
  });

  it('sets the ruling group only for a majority, and says so', () => {
    expect(importDirectory([sample('harlow.gov.uk.xml')]).warnings).toContain('rulingGroup set to Labour, which holds 19 of 33 seats');
    expect(importDirectory([sample('kirklees.gov.uk.xml')]).warnings)
      .toContain('no party holds a majority (the largest, Labour, holds 34 of 69 seats); rulingGroup left unset (set it in council.json if a group or coalition runs the council)');
  });

  it('says that the staff domain and the council name were not given', () => {
    const { config, warnings } = importDirectory([sample('lambeth.gov.uk.xml')]);
    expect(config.council).toBe(DEFAULT_COUNCIL_NAME);
    expect(warnings).toContain('domains.staff set to lambeth.gov.uk, the domain of 62 of 63 member e-mail addresses');
    expect(warnings.some((line) => line.startsWith('no council name given'))).toBe(true);
  });

  // Only a hang breaks this limit on a busy machine; how fast is `npm run bench`'s question.
  it('reads a 10 MB file without stalling', { timeout: 120_000 }, () => {
    const councillor = (id: number) => `<councillor><councillorid>${id}</councillorid><fullusername>Councillor Member${id} Example</fullusername>`
      + `<politicalpartytitle>Labour Party</politicalpartytitle><keyposts>Cabinet Member for Housing and Deputy Leader</keyposts>`
      + `<workaddress><email>member${id}@example.gov.uk</email></workaddress></councillor>\n`;
    const blocks = Array.from({ length: 33_000 }, (_, id) => councillor(id));
    const content = `<?xml version="1.0"?><councillorsbyward><wards><ward><wardtitle>Everywhere</wardtitle><councillors>${blocks.join('')}</councillors></ward></wards></councillorsbyward>`;
    expect(content.length).toBeGreaterThan(10_000_000);
    const { config } = importDirectory([{ name: 'big.xml', content }], { council: 'Big' });
    expect(config.members).toHaveLength(33_000);
    expect(config.members[0]?.roles).toEqual(['deputy-leader', 'cabinet']);
  });
});

describe('party names', () => {
  it.each([
    ['Labour', 'Labour'],
    ['Labour Party', 'Labour'],
    ['Labour and Co-operative', 'Labour'],
    ['Labour & Co-operative', 'Labour'],
    ['Lab', 'Labour'],
    ['Conservative', 'Conservative'],
    ['Conservative Party', 'Conservative'],
    ['The Conservative Party', 'Conservative'],
    ['Conservative Group', 'Conservative'],
    ['Con', 'Conservative'],
    ['Liberal Democrat', 'Liberal Democrat'],
    ['Liberal Democrats', 'Liberal Democrat'],
    ['Lib Dems', 'Liberal Democrat'],
    ['Green Party', 'Green'],
    ['Green', 'Green'],
    ['The Green Party', 'Green'],
    ['Reform UK Party', 'Reform UK'],
    ['UK Independence Party', 'UKIP'],
    ['Independent', 'Independent'],
    ['  labour   PARTY ', 'Labour'],
  ])('knows "%s" as %s', (written, canonical) => {
    expect(canonicalParty(written)).toBe(canonical);
  });

  it.each(['Valley Independent', 'Residents Association', 'Labor'])('does not know "%s"', (written) => {
    expect(canonicalParty(written)).toBeUndefined();
  });

  it('keeps an unknown party trimmed and warns once', () => {
    const { config, warnings } = importDirectory([csv('Name,Party\nJane Okafor,"  Valley   Independent "\nSam Hughes,Valley Independent\n')], { council: 'X' });
    expect(config.members.map((member) => member.party)).toEqual(['Valley Independent', 'Valley Independent']);
    expect(warnings.filter((line) => line.startsWith('party'))).toEqual(['party "Valley Independent" is not one Probity knows; kept as written']);
  });
});

describe('key posts', () => {
  it.each([
    ['Leader of the Council', ['leader']],
    ['Leader', ['leader']],
    ['Deputy Leader', ['deputy-leader']],
    ['Deputy Leader of the Council', ['deputy-leader']],
    ['Deputy Leader (Finance and Investment)', ['deputy-leader']],
    ['Deputy Leader and Portfolio Holder for Youth & Community', ['deputy-leader', 'cabinet']],
    ['Cabinet Member for Housing', ['cabinet']],
    ['Cabinet Member for Health and Wellbeing', ['cabinet']],
    ['Portfolio Holder for Regeneration & Enterprise', ['cabinet']],
    ['Executive Member for Children', ['cabinet']],
    ['Deputy Cabinet Member for Enterprise', []],
    ['Deputy Cabinet Member - Customer Service and Engagement', []],
    ['Assistant Portfolio Holder for Leisure', []],
    ['Chair of Planning Committee', ['chair']],
    ['Chairman of the Council', ['chair']],
    ['Vice Chairman of the Council', ['vice-chair']],
    ['Vice-Chair of Scrutiny for Jobs, Homes and Investment', ['vice-chair']],
    ['Deputy Chair of Licensing', ['vice-chair']],
    ['Chair of Planning and Vice-Chair of Licensing', ['chair', 'vice-chair']],
    ['Mayor', ['mayor']],
    ['Lord Mayor', ['mayor']],
    ['The Mayor of Lambeth', ['mayor']],
    ['Deputy Mayor', ['vice-chair']],
    ['Deputy Mayor for Housing', ['cabinet']],
    ['Leader of the Opposition', ['group-leader']],
    ['Opposition Leader', ['group-leader']],
    ['Leader of the Conservative Group', ['group-leader']],
    ['Conservative - Group Leader', ['group-leader']],
    ['Green & Valley Independent Group - Joint Leader', ['group-leader']],
    ['Liberal Democrat - Deputy Leader', []],
    ['Deputy Leader of the Opposition', []],
    ['Labour - Group Business Manager', []],
    ['Shadow Cabinet Member for Housing', ['spokesperson']],
    ['Liberal Democrat Spokesperson for Transport', ['spokesperson']],
    ['Chief Whip', []],
    ['Neighbourhood Lead for Brixton', []],
    ['Cabinet Member for Housing; Chair of Planning', ['cabinet', 'chair']],
    ['cabinet', ['cabinet']],
    ['group leader', ['group-leader']],
  ])('reads "%s" as %j', (post, roles) => {
    expect(rolesFromPosts([post])).toEqual(roles);
  });
});

describe('member names', () => {
  it.each([
    ['Councillor Ian Beckett', 'Ian Beckett', []],
    ['Cllr Jane Okafor', 'Jane Okafor', []],
    ['Cllr. Jane Okafor', 'Jane Okafor', []],
    ['Councillor  Danial Adilypour', 'Danial Adilypour', []],
    ['Councillor Dr Jane Smith MBE', 'Jane Smith', []],
    ['Cllr Mrs Jane Smith, OBE JP', 'Jane Smith', []],
    ['Councillor Sir Robert Smith', 'Robert Smith', []],
    ['Councillor Marsha de Cordova', 'Marsha de Cordova', []],
    ['Mayor Donatus Anyanwu', 'Donatus Anyanwu', ['Mayor']],
    ['Deputy Mayor Saleha Jaffer', 'Saleha Jaffer', ['Deputy Mayor']],
    ['Councillor', '', []],
  ])('reads "%s" as "%s"', (written, name, titles) => {
    expect(cleanName(written)).toEqual({ name, titles });
  });
});

describe('CSV reader', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes', () => {
    expect(readCsv('a,"b, c","say ""hi""","two\nlines"\nd,e,f,g')).toEqual([
      { line: 1, cells: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
      { line: 3, cells: ['d', 'e', 'f', 'g'] },
    ]);
  });

  it('reads CRLF line ends and a byte order mark', () => {
    expect(readCsv('\uFEFFName,Ward\r\nJane,"North\r\nEast"\r\n')).toEqual([
      { line: 1, cells: ['Name', 'Ward'] },
      { line: 2, cells: ['Jane', 'North\nEast'] },
    ]);
  });

  it('takes the separator the header row uses', () => {
    expect(readCsv('Name;Ward;Notes\nJane;North;"a, b; c"\n')).toEqual([
      { line: 1, cells: ['Name', 'Ward', 'Notes'] },
      { line: 2, cells: ['Jane', 'North', 'a, b; c'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(readCsv('a,,c,\n')).toEqual([{ line: 1, cells: ['a', '', 'c', ''] }]);
  });
});

describe('CSV member lists', () => {
  const okafor: Member = {
    name: 'Jane Okafor', party: 'Labour', wards: ['Northfield, East'], emails: ['jane.okafor@example.gov.uk'], roles: ['cabinet', 'chair'],
  };
  const hughes: Member = { name: 'Sam Hughes', party: 'Conservative', wards: ['Southmead'], emails: [], roles: [] };

  it.each([
    ['commas', 'Name,Party,Ward,Email,Key posts\nCllr Jane Okafor,Labour Party,"Northfield, East",Jane.Okafor@Example.gov.uk,"Cabinet Member for Housing; Chair of the ""Fair Play"" Panel"\nCouncillor Sam Hughes,Conservative,Southmead,,\n'],
    ['semicolons', 'Name;Party;Ward;Email;Key posts\nCllr Jane Okafor;Labour Party;Northfield, East;Jane.Okafor@Example.gov.uk;"Cabinet Member for Housing; Chair of the ""Fair Play"" Panel"\nCouncillor Sam Hughes;Conservative;Southmead;;\n'],
    ['a BOM and CRLF', '\uFEFFName,Party,Ward,Email,Key posts\r\nCllr Jane Okafor,Labour Party,"Northfield, East",Jane.Okafor@Example.gov.uk,"Cabinet Member for Housing; Chair of the ""Fair Play"" Panel"\r\nCouncillor Sam Hughes,Conservative,Southmead,,\r\n'],
    ['other headings in another order', 'E-MAIL ADDRESS,ward,Roles,Political Party,Full Name\nJane.Okafor@Example.gov.uk,"Northfield, East","cabinet; chair",Labour,Jane Okafor\n,Southmead,,Con,Sam Hughes\n'],
    ['forename and surname columns and blank lines', 'Forename,Surname,Party,Ward,Email,Role\n\nJane,Okafor,Labour,"Northfield, East",jane.okafor@example.gov.uk,Cabinet Member for Housing and Chair of Licensing\n\nSam,Hughes,Conservative Party,Southmead,,\n'],
  ])('reads a list with %s', (_, content) => {
    const { config, warnings } = importDirectory([csv(content)], { council: 'Example Borough Council' });
    expect(config.members).toEqual([okafor, hughes]);
    expect(warnings.filter((line) => line.startsWith('members.csv'))).toEqual([]);
  });

  it('reads several e-mail addresses in one cell and in several columns', () => {
    const { config } = importDirectory([csv('Name,Work email,Home email\nJane Okafor,"jane.okafor@example.gov.uk; jo@example.org",jane@home.example\n')], { council: 'X' });
    expect(config.members[0]?.emails).toEqual(['jane.okafor@example.gov.uk', 'jo@example.org', 'jane@home.example']);
  });

  it('skips a row with no name, with a warning naming its line', () => {
    const { config, warnings } = importDirectory([csv('Name,Party\nJane Okafor,Labour\n,Conservative\nSam Hughes,Conservative\n')], { council: 'X' });
    expect(config.members.map((member) => member.name)).toEqual(['Jane Okafor', 'Sam Hughes']);
    expect(warnings).toContain('members.csv line 3: a member with no name; skipped');
  });

  it('ignores unknown columns with one warning', () => {
    const { config, warnings } = importDirectory([csv('Name,Phone,Party,Photo\nJane Okafor,0123,Labour,x.jpg\n')], { council: 'X' });
    expect(config.members).toEqual([{ name: 'Jane Okafor', party: 'Labour', wards: [], emails: [], roles: [] }]);
    expect(warnings).toContain('members.csv: ignored the columns "Phone", "Photo"');
  });

  it('drops an invalid e-mail address with a warning naming the member and line', () => {
    const { config, warnings } = importDirectory([csv('Name,Email\nJane Okafor,jane.okafor@example\n')], { council: 'X' });
    expect(config.members[0]?.emails).toEqual([]);
    expect(warnings).toContain('members.csv line 2: Jane Okafor: dropped the e-mail address "jane.okafor@example", which is not valid');
  });

  it('reads a file as XML by its content whatever its name', () => {
    const { config } = importDirectory([{ name: 'councillors.csv', content: `\uFEFF\n  ${sample('harlow.gov.uk.xml').content}` }]);
    expect(config.members).toHaveLength(33);
  });
});

describe('several files', () => {
  it('merges the same member from an XML file and a CSV file', () => {
    const extra = csv('Name,Email,Roles,Ward\nCllr Ian Beckett,ian@beckett.example,Chair of Licensing,Bush Fair\nCllr Jane Okafor,jane.okafor@harlow.gov.uk,,Toddbrook\n');
    const { config } = importDirectory([sample('harlow.gov.uk.xml'), extra], { council: 'Harlow Council' });
    expect(config.members).toHaveLength(34);
    expect(memberNamed(config.members, 'Ian Beckett')).toEqual({
      name: 'Ian Beckett', party: 'Labour', wards: ['Bush Fair'], emails: ['ian.beckett@harlow.gov.uk', 'ian@beckett.example'], roles: ['chair'],
    });
  });

  it('merges wards and roles across files and keeps the first party, with a warning', () => {
    const first = csv('Name,Party,Ward,Role\nCllr Jane Okafor,Labour,Northfield,Cabinet Member for Housing\n', 'first.csv');
    const second = csv('Name,Party,Ward,Role\nJane Okafor,Conservative,Southmead,Deputy Leader\n', 'second.csv');
    const { config, warnings } = importDirectory([first, second], { council: 'X' });
    expect(config.members).toEqual([{ name: 'Jane Okafor', party: 'Labour', wards: ['Northfield', 'Southmead'], emails: [], roles: ['deputy-leader', 'cabinet'] }]);
    expect(warnings).toContain('second.csv: Jane Okafor is listed as Conservative here but Labour before; kept Labour');
  });
});

describe('options and what is inferred', () => {
  const list = csv('Name,Party,Email\nJane Okafor,Labour,jane@example.gov.uk\nSam Hughes,Labour,sam@example.gov.uk\nRavi Patel,Conservative,ravi@gmail.com\n');

  it('uses the council name, profile and staff domains given', () => {
    const { config, warnings } = importDirectory([list], { council: ' Example Borough Council ', profile: 'brent', staffDomains: ['Example.gov.uk', 'shared.example.org'] });
    expect(config.council).toBe('Example Borough Council');
    expect(config.profile).toBe('brent');
    expect(config.domains.staff).toEqual(['example.gov.uk', 'shared.example.org']);
    expect(warnings.some((line) => line.startsWith('domains.staff') || line.startsWith('no council name'))).toBe(false);
  });

  it('infers no staff domain from addresses that are not a council\'s', () => {
    const { config, warnings } = importDirectory([csv('Name,Email\nJane Okafor,jane@gmail.com\nSam Hughes,sam@gmail.com\nRavi Patel,ravi@example.gov.uk\n')], { council: 'X' });
    expect(config.domains.staff).toEqual([]);
    expect(warnings).toContain('domains.staff left empty: the members\' most common mail domain, gmail.com, is not a council\'s (add the council\'s mail domain to council.json)');
  });

  it('sees no ruling group in a majority of independents', () => {
    const { config, warnings } = importDirectory([csv('Name,Party\nA One,Independent\nB Two,Independent\nC Three,Labour\n')], { council: 'X' });
    expect(config.parties).toEqual(['Independent', 'Labour']);
    expect(config.rulingGroup).toBeUndefined();
    expect(warnings.some((line) => line.startsWith('no party holds a majority (the largest, Labour, holds 1 of 3 seats)'))).toBe(true);
  });

  it('rejects staff domains that are not domains in one line', () => {
    const error = inputError(() => importDirectory([list], { council: 'X', staffDomains: ['not a domain'] }));
    expect(error.message).toBe('the imported directory is not a valid council.json: domains.staff[0]: not a mail domain');
  });
});

describe('input that is not a member directory', () => {
  it.each([
    ['an empty file', '', 'empty.xml: the file is empty'],
    ['a file of blanks and a BOM', '\uFEFF  \n\t', 'empty.xml: the file is empty'],
    ['XML of another kind', '<?xml version="1.0"?><meetings><meeting/></meetings>', 'empty.xml: not a ModernGov GetCouncillorsByWard file (its root element is <meetings>, not <councillorsbyward>)'],
    ['XML that is not well formed', '<councillorsbyward><wards>', /^empty\.xml: not well-formed XML \(line 1: /],
    ['deeply unclosed XML', '<a>'.repeat(50_000), /^empty\.xml: not well-formed XML \(line 1: .{1,120}\)$/],
    ['a directory with no councillors', '<councillorsbyward><wards/></councillorsbyward>', 'empty.xml: no members found'],
    ['a CSV without a name column', 'Party,Ward\nLabour,North\n', 'empty.xml: no name column in the header row (found "Party", "Ward")'],
    ['a CSV with a header only', 'Name,Party\n', 'empty.xml: no members found'],
    ['a CSV whose rows have no names', 'Name,Party\n,Labour\n', 'empty.xml: no members found'],
    ['a CSV with an unclosed quote', 'Name,Party\n"Jane Okafor,Labour\n', 'empty.xml: the quoted field that starts on line 2 is never closed'],
    ['a spreadsheet saved as .xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', 'empty.xml: a binary file, not ModernGov XML or CSV (save a spreadsheet as CSV first)'],
  ])('rejects %s in one line naming the file', (_, content, message) => {
    const error = inputError(() => importDirectory([{ name: 'empty.xml', content }], { council: 'X' }));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('names the file that is wrong among several', () => {
    const error = inputError(() => importDirectory([sample('harlow.gov.uk.xml'), csv('', 'second.csv')]));
    expect(error.message).toBe('second.csv: the file is empty');
  });

  it('rejects an import with no files', () => {
    expect(inputError(() => importDirectory([])).message).toBe('no member directory file to import');
  });
});
