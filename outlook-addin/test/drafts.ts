/** Typical drafts, as the simulated Outlook holds them, shared by the handler, built-file and browser tests. */
import type { ItemSpec } from './office-mock.ts';

const person = (name: string, address: string) => ({ name, address });

export const people = {
  janeOkafor: person('Cllr Jane Okafor', 'cllr.jane.okafor@example.gov.uk'),
  ravi: person('Ravi Patel', 'cllr.ravi.patel@example.gov.uk'),
  maryDoyle: person('Cllr Mary Doyle', 'cllr.mary.doyle@example.gov.uk'),
  samHughes: person('Sam Hughes', 'sam.hughes@example.gov.uk'),
  helenWard: person('Helen Ward', 'helen.ward@example.gov.uk'),
  danFoster: person('Dan Foster', 'dan.foster@example.gov.uk'),
  kateLowe: person('Kate Lowe', 'kate.lowe@example.gov.uk'),
  newsdesk: person('News desk', 'newsdesk@exampleton-echo.co.uk'),
  resident: person('John Smith', 'john.smith@example.com'),
};

/** A weekday morning inside the example council's pre-election period (poll 6 May 2027). */
export const PRE_ELECTION_MORNING = new Date('2027-04-14T10:00:00+01:00');

export const drafts = {
  /** An officer writes to Cllr Okafor and blind-copies Cllr Patel. */
  memberInBcc: {
    from: people.samHughes, to: [people.janeOkafor], bcc: [people.ravi], subject: 'Bin collections',
    body: 'Dear Cllr Okafor,\n\nThe bins in Northfield will be collected on Tuesday.\n\nRegards,\nSam Hughes\nDirector of Environment',
  },
  /** A council press release that urges a vote against a party, in the pre-election period. */
  partyPoliticalPressRelease: {
    from: people.kateLowe, to: [people.newsdesk], subject: 'Press release: new recycling centre',
    body: 'PRESS RELEASE\n\nFor immediate release\n\nNew recycling centre opens in Hillside\n\n'
      + 'The Council has opened a new recycling centre on Mill Lane. Residents should vote against the '
      + 'Conservatives on 6 May, who opposed the scheme.\n\nENDS\n\nNotes to editors: opening hours are 8am to 6pm.',
  },
  /** A councillor tells an officer what to do: a warning, nothing more. */
  memberInstructsOfficer: {
    from: people.maryDoyle, to: [people.danFoster], subject: 'Car park',
    body: 'Dan,\n\nI want you to close the Riverside car park on Sunday.\n\nCllr Mary Doyle',
  },
  /**
   * An officer answers a resident on a councillor's behalf, replying to the
   * councillor's message (Outlook's reply header block), and blind-copies
   * another councillor.
   */
  replyToMemberWithBcc: {
    from: people.samHughes, to: [people.resident], bcc: [people.ravi], subject: 'RE: Potholes', composeType: 'reply',
    body: 'Dear Mr Smith,\n\nThank you. The potholes on Mill Lane will be repaired next week.\n\nRegards,\nSam Hughes\n\n'
      + 'From: Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>\nSent: 03 March 2026 09:00\n'
      + 'To: Sam Hughes <sam.hughes@example.gov.uk>\nSubject: Potholes\n\n'
      + 'Sam, a resident has complained about the potholes on Mill Lane. Could you reply to him?\n\nJane',
    html: '<html><body><div>Dear Mr Smith,</div><div><br></div>'
      + '<div>Thank you. The potholes on Mill Lane will be repaired next week.</div><div><br></div>'
      + '<div>Regards,<br>Sam Hughes</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
      + '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> '
      + 'Cllr Jane Okafor &lt;cllr.jane.okafor@example.gov.uk&gt;<br><b>Sent:</b> 03 March 2026 09:00<br>'
      + '<b>To:</b> Sam Hughes &lt;sam.hughes@example.gov.uk&gt;<br><b>Subject:</b> Potholes</font><div>&nbsp;</div></div>'
      + '<div><div>Sam, a resident has complained about the potholes on Mill Lane. Could you reply to him?</div>'
      + '<div><br></div><div>Jane</div></div></body></html>',
  },
  /** Officer to officer, asking for an agenda. */
  clean: {
    from: people.samHughes, to: [people.helenWard], subject: 'Agenda',
    body: 'Helen,\n\nCould you send me the agenda for Thursday?\n\nThanks,\nSam',
  },
} satisfies Record<string, ItemSpec>;

const STREETS = ['Mill Lane', 'Church Street', 'Station Road', 'Beech Road', 'Quarry Lane', 'Park Avenue', 'Ferry Road', 'Kingsway'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** An officer's long report to a councillor, `bytes` long, of distinct sentences (none repeats, so no cache helps). */
export function longReport(bytes: number): string {
  const lines = ['Dear Cllr Okafor,', ''];
  let length = 0;
  for (let n = 1; length < bytes; n++) {
    const sentence = `Item ${n}: the highways team inspected ${STREETS[n % STREETS.length]} on ${DAYS[n % DAYS.length]} and found ${n % 17 + 2} `
      + `potholes deeper than the intervention level, which are booked for repair in week ${n % 52 + 1}.`;
    lines.push(sentence);
    length += sentence.length + 1;
  }
  lines.push('', 'Regards,', 'Sam Hughes', 'Director of Environment');
  return lines.join('\n');
}
