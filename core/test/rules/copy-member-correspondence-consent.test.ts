import { email, testRule } from '../rule-tester.ts';
import { CABINET, CONSERVATIVE, DIRECTOR, LIB_DEM, OFFICER, OFFICER_SIGNATURE } from '../people.ts';

const thread = '\n\nOn Mon, 8 Feb 2027 at 16:02, Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk> wrote:\n> Dan, the drain on Elm Close is blocked again. Can you have it looked at?\n';
const reply = (opening: string, cc: string[]) => email({
  from: OFFICER, to: [LIB_DEM], cc, subject: 'RE: Blocked drain, Elm Close',
  body: `Dear Cllr Doyle,\n\n${opening} The gully crew will clear the drain on Thursday.\n\n${OFFICER_SIGNATURE}${thread}`,
});

testRule('copy-member-correspondence-consent', {
  valid: [
    { name: 'does not flag a copy the member asked for', draft: reply('As you asked, I have copied in Cllr Patel.', [CABINET]) },
    { name: 'does not flag a copy made with the member\'s agreement', draft: reply('I have included Cllr Shah, with your agreement when we spoke this morning.', [CONSERVATIVE]) },
    { name: 'does not flag officers copied on a member\'s enquiry', draft: reply('I have copied my director for information.', [DIRECTOR]) },
    { name: 'does not flag a member copied on a new email that carries no member\'s message', draft: email({ from: OFFICER, to: [LIB_DEM], cc: [CABINET], body: `Dear Cllr Doyle,\n\nThe gully crew will clear the drain on Thursday.\n\n${OFFICER_SIGNATURE}` }) },
    { name: 'does not flag a copy the member was happy for', draft: reply('As you were happy for me to do, I have included Cllr Patel.', [CABINET]) },
    { name: 'does not flag a copy the member asked to be kept informed of', draft: reply('You asked me to keep Cllr Shah in the loop, so I have copied her in.', [CONSERVATIVE]) },
    { name: 'does not flag a copy agreed before it is mentioned', draft: reply("As we agreed, I've copied in Cllr Patel so that he is aware.", [CABINET]) },
    { name: 'does not flag a copy discussed on the phone', draft: reply('As discussed on the phone this morning, I have included Cllr Patel.', [CABINET]) },
    { name: 'does not flag a member who said they were happy for a copy', draft: reply('You said you were happy for me to copy Cllr Shah in, so I have.', [CONSERVATIVE]) },
    { name: 'does not flag a member happy for a colleague to see it', draft: reply('You mentioned you were happy for Cllr Patel to see this.', [CABINET]) },
    { name: 'does not flag a copy the member said they would like', draft: reply("When we spoke on Tuesday you said you'd like Ravi kept in the loop on this, so I've copied him in.", [CABINET]) },
    { name: 'does not flag a copy after the member asked for a colleague to be kept informed', draft: reply('You asked for Cllr Shah to be kept informed, so she is copied.', [CONSERVATIVE]) },
    { name: 'does not flag a copy the member was keen a colleague should see', draft: reply('You were keen that Cllr Patel should see this, so I have included him.', [CABINET]) },
    { name: 'does not flag a copy made following the member\'s request', draft: reply('Following your request, I have copied in Cllr Patel as your fellow ward member.', [CABINET]) },
    { name: 'does not flag a copy made in line with the member\'s request', draft: reply('I have copied in Cllr Patel, in line with your request.', [CABINET]) },
    { name: 'does not flag a copy made further to a request to copy', draft: reply('Further to your request that I copy in your ward colleague, I have added Cllr Shah.', [CONSERVATIVE]) },
    { name: 'does not flag a copy the writer tells of and hopes is welcome', draft: reply("I've copied in Cllr Patel as your ward colleague. I hope that's OK.", [CABINET]) },
    { name: 'does not flag a copy the member and writer arranged together', draft: reply('As you and I arranged on Monday, Cllr Shah is copied.', [CONSERVATIVE]) },
  ],
  invalid: [
    { name: 'flags another member copied on a reply without consent', draft: reply('Thank you for your email.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    {
      name: 'flags a member\'s email forwarded to another member FYI',
      draft: email({
        from: DIRECTOR, to: [CABINET], subject: 'FW: Blocked drain, Elm Close',
        body: 'Ravi,\n\nFYI - see below from Cllr Doyle.\n\nSam\n\n---------- Forwarded message ---------\nFrom: Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk>\nDate: Mon, 8 Feb 2027 at 16:02\nSubject: Blocked drain\n\nThe drain on Elm Close is blocked again and nobody seems to care.',
      }),
      excerpt: 'Patel',
    },
    {
      name: 'flags a reply whose quoted header lines carry ">" marks and name the member without an address',
      draft: email({
        from: OFFICER, to: [LIB_DEM], cc: [CABINET], subject: 'RE: Blocked drain, Elm Close',
        body: `Dear Cllr Doyle,\n\nThe gully crew will clear the drain on Thursday.\n\n${OFFICER_SIGNATURE}\n\n> From: Cllr Mary Doyle\n> Sent: 08 February 2027 16:02\n> Subject: Blocked drain\n>\n> The drain on Elm Close is blocked again.`,
      }),
      excerpt: 'cllr.ravi.patel@example.gov.uk',
    },
    { name: 'flags "As you know" taken for consent', draft: reply('As you know, the crew was delayed by the weather. I have copied in Cllr Patel for information.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags "I hope that is helpful" taken for consent', draft: reply('I hope that is helpful. I have copied Cllr Shah in.', [CONSERVATIVE]), excerpt: 'cllr.nina.shah@example.gov.uk' },
    { name: 'flags "As we discussed" about something other than the copy', draft: reply('As we discussed, the crew was delayed by the weather. Cllr Patel is copied for information.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags a copy where the member is only thought to want to see it', draft: reply("I thought you'd want to see this, so I have copied in Cllr Patel.", [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags a copy beside a wish about something else', draft: reply("You said you'd like the report updated by Friday. I have copied in Cllr Patel.", [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags a copy after a request for something else', draft: reply('Following your request for an update, I have copied in Cllr Patel.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags "I hope you don\'t mind" about something other than the copy', draft: reply("I hope you don't mind me raising something else. Cllr Patel is copied for information.", [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags "as mentioned", which points back in the text, not at the member\'s word', draft: reply('As mentioned, I have copied in Cllr Patel.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
    { name: 'flags "as you asked" over something included that is not a person', draft: reply('As you asked, I have included the photos from the site visit.', [CABINET]), excerpt: 'cllr.ravi.patel@example.gov.uk' },
  ],
});
