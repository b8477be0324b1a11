import { review, exampleCouncil } from './src/index.ts';
for (const body of process.argv.slice(2)) {
  const draft = { from: { name: 'Cllr Mary Doyle', address: 'cllr.mary.doyle@example.gov.uk' }, to: [{ name: 'Sam Hughes', address: 'sam.hughes@example.gov.uk' }], cc: [], bcc: [], subject: 'Budget report', body: `Sam,\n\n${body}\n\nMary`, date: '2027-02-09T10:15:00Z', source: 'email' } as any;
  const r: any = review(draft, exampleCouncil);
  const f = (r.findings ?? r).filter((x: any) => x.ruleId === 'pressure-on-officer-advice');
  console.log(f.length ? 'FLAG ' : 'ok   ', body);
}
