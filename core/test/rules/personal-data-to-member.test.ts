import { email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER } from '../people.ts';

const reply = (text: string) => email({ from: OFFICER, to: [LIB_DEM], subject: 'RE: Mrs Adams', body: `Dear Cllr Doyle,\n\n${text}\n\nDan Foster\nRevenues Officer\nTel: 01632 960 311` });

testRule('personal-data-to-member', {
  valid: [
    { name: 'does not flag a boiler replacement for a tenant', draft: reply('Mrs Adams is waiting for a boiler replacement, which is booked for Tuesday.') },
    { name: 'does not flag personal details shared with signed consent', draft: reply('Mrs Adams has given her signed consent, so I can tell you that her council tax arrears are £640.') },
    { name: 'does not flag a general answer without personal data', draft: reply('Residents in arrears can ask for a payment plan; I have sent Mrs Adams the form.') },
    { name: 'does not flag an officer\'s own sick leave', draft: reply('I was on sick leave last week, so I am sorry for the slow reply.') },
    { name: 'does not flag arrears statistics for a ward', draft: reply('At the end of January, 43 tenancies in the ward had arrears of more than £1,000.') },
    { name: 'does not flag a street named after a person', draft: reply('Victoria Road businesses have had three written warnings about trade waste this year.') },
    { name: 'does not flag a resident visited at home with nothing more about them', draft: reply('I visited Mrs Grant at 3 Kiln Lane this morning and the repair is booked for Tuesday.') },
    { name: 'does not flag a council scheme named after a benefit', draft: reply('She asked about it at the last meeting. Could the council tax support scheme go on the March agenda as well?') },
    { name: 'does not flag enforcement against an unnamed occupier', draft: reply('We found an address in the bags, so the occupier will get a fixed penalty notice.') },
    { name: 'does not flag a service named after a condition', draft: reply('She asked where the substance misuse services will be based.') },
  ],
  invalid: [
    { name: 'flags a named resident\'s mental health detention', draft: reply('Mr Yates told me he was sectioned last year, which is why the garden got out of hand.'), excerpt: 'sectioned' },
    { name: 'flags a named family\'s immigration status', draft: reply('Mrs Adeyemi and her children have no recourse to public funds, so the hostel is all we can offer.'), excerpt: 'no recourse to public funds' },
    { name: 'flags a named owner and home address identified by role', draft: reply('The owner is a Mr Colin Rudd of 22 Orchard Way, and he has told us he will not pay.'), excerpt: 'Mr Colin Rudd of 22 Orchard Way' },
    { name: 'flags a named neighbour\'s cancer treatment', draft: reply('I spoke to Mrs Elsie Grant at number 3, who is having chemotherapy and cannot move her bins.'), excerpt: 'chemotherapy' },
    { name: 'flags a named resident\'s home address with his caution', draft: reply('The van belongs to Mr Paul Seddon of 5 Kiln Lane, who was given a formal caution last spring.'), excerpt: 'Mr Paul Seddon of 5 Kiln Lane' },
    { name: 'flags a named member of staff signed off with an illness', draft: reply('Kerry Jones has been signed off with anxiety since the inspection.'), excerpt: 'signed off with anxiety' },
    { name: 'flags a named tenant served a possession notice', draft: reply('Mr Firth was served a notice seeking possession in March.'), excerpt: 'notice seeking possession' },
    { name: 'flags a sum a named tenant is behind on his rent', draft: reply('The plot-holder, Mr Firth, is £212 behind on his allotment rent.'), excerpt: '£212 behind on his allotment rent' },
    { name: 'flags a named resident waiting for a joint replacement', draft: reply('Mr Firth told me he has been waiting for a hip replacement since the summer.'), excerpt: 'hip replacement' },
    { name: 'flags council tax arrears without consent', draft: reply('Mrs Adams owes £640 in council tax arrears and a liability order was granted in January.'), excerpt: 'council tax arrears' },
    { name: 'flags a named employee\'s sick leave', draft: reply('The caretaker has been off sick since his injury in December, which is why the toilets are closed.'), excerpt: 'off sick' },
    { name: 'flags a date of birth', draft: reply('The tenant, Mr Osei, date of birth 3 March 1961, has been on the transfer list since 2019.'), excerpt: 'date of birth' },
    { name: 'flags a named tenant\'s rent account in arrears', draft: reply("Mrs Lorraine Booth's rent account is currently £2,316 in arrears."), excerpt: '£2,316 in arrears' },
    { name: 'flags possession proceedings against a tenant', draft: reply('We served a notice seeking possession on the tenant on 20 January.'), excerpt: 'notice seeking possession' },
    { name: 'flags a named employee\'s written warnings', draft: reply('The lorry was driven by Craig Benson, who is now on a final written warning.'), excerpt: 'final written warning' },
    { name: 'flags a named employee off work with stress', draft: reply('Craig Benson is off work with stress at the moment.'), excerpt: 'off work with stress' },
    { name: 'flags a forwarded claimant record with an NI number', draft: email({ from: OFFICER, to: [LIB_DEM], subject: 'Fwd: Priory Road', body: 'Cllr Doyle,\n\nPlease see the notes below.\n\nDan\n\n---------- Forwarded message ---------\nFrom: Paul Yates <paul.yates@example.gov.uk>\nDate: Mon, 8 Feb 2027 at 16:20\nSubject: Priory Road\n\nClaimant: Karen Doyle, 22 Priory Road, NI number QQ 12 34 56 C.' }), excerpt: 'NI number' },
  ],
});
