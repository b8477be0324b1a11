import { email, testRule } from '../rule-tester.ts';
import { BUSINESS, LIB_DEM, OFFICER, RESIDENT } from '../people.ts';

const FOOTER = '\n\nThis email is confidential and intended only for the person to whom it is addressed. If you have received it in error, please tell the sender.';

testRule('confidential-to-outsider', {
  valid: [
    { name: 'does not flag saying an exempt appendix will not be published', draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe cabinet report on the depot will be published on Friday; the exempt appendix will not be published.\n\nDan' }) },
    { name: 'does not flag a standard confidentiality footer', draft: email({ from: OFFICER, to: [RESIDENT], body: `Dear Mr Reeve,\n\nThe road will reopen on Monday.\n\nDan${FOOTER}` }) },
    { name: 'does not flag explaining that an exempt appendix is withheld', draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe report is attached. Appendix B is exempt information under Schedule 12A and has been withheld.\n\nDan' }) },
    { name: 'does not flag confidential material sent to a member', draft: email({ from: OFFICER, to: [LIB_DEM], subject: 'Part II report', body: 'Dear Cllr Doyle,\n\nPlease find the exempt appendix below. CONFIDENTIAL - NOT FOR PUBLICATION.\n\nDan' }) },
    { name: 'does not flag saying a Part 2 report cannot be sent', draft: email({ from: OFFICER, to: [RESIDENT], body: "Dear Mr Reeve,\n\nI'm afraid I can't send you the Part 2 report, but the public minutes are below.\n\nDan" }) },
    { name: 'does not flag saying an exempt appendix is not attached', draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe report is below. The exempt appendix is not attached.\n\nDan' }) },
    { name: 'does not flag saying a report holds no exempt or confidential information', draft: email({ from: LIB_DEM, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe cabinet report is attached. This report does not contain exempt or confidential information.\n\nMary' }) },
    { name: 'does not flag being unable to share a Part 2 report', draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nI am unable to share the Part 2 report on the depot.\n\nDan' }) },
    { name: 'does not flag a confidentiality notice under the sign-off', draft: email({ from: OFFICER, to: [RESIDENT], body: 'Dear Mr Reeve,\n\nThe road will reopen on Monday.\n\nDan Foster\nHighways Officer\nTel: 01632 960 000\n\nCONFIDENTIAL: this message is intended only for the addressee.' }) },
  ],
  invalid: [
    { name: 'flags an exempt appendix pasted to a business', draft: email({ from: OFFICER, to: [BUSINESS], body: 'Dear Ms Grant,\n\nHere is the text you asked for.\n\nCONFIDENTIAL - NOT FOR PUBLICATION\nAppendix 2: valuation of the market site.\n\nDan' }), excerpt: 'CONFIDENTIAL - NOT FOR PUBLICATION' },
    { name: 'flags a forwarded Part II report', draft: email({ from: LIB_DEM, to: [RESIDENT], subject: 'FW: Cabinet report', body: 'Thought you should see this.\n\nMary Doyle\nWard Councillor for Northfield\n\n---------- Forwarded message ---------\nFrom: Priya Nair <priya.nair@example.gov.uk>\nDate: Mon, 8 Feb 2027\nSubject: Cabinet report\n\nPart II report (exempt): disposal of the depot site.' }), excerpt: 'Part II report' },
    { name: 'flags a confidential subject line', draft: email({ from: OFFICER, to: [RESIDENT], subject: 'Confidential: depot sale terms', body: 'Dear Mr Reeve,\n\nAs discussed.\n\nDan' }), excerpt: 'Confidential' },
    { name: 'flags a Part 2 minute sent with a handling caveat', draft: email({ from: OFFICER, to: [RESIDENT], body: "Dear Mr Reeve,\n\nI've attached the Cabinet minutes, including the Part 2 minute on the old library site. Please note that this minute should not be shared more widely.\n\nDan" }), excerpt: 'Part 2 minute' },
    { name: 'flags exempt minutes that must not be passed on', draft: email({ from: OFFICER, to: [BUSINESS], body: 'Dear Ms Grant,\n\nThe exempt minutes of the meeting are below. They must not be sent to anyone else.\n\nDan' }), excerpt: 'exempt minutes' },
    { name: 'flags an embargoed text kept to members', draft: email({ from: OFFICER, to: [BUSINESS], body: 'Dear Ms Grant,\n\nEMBARGOED - members only until the Cabinet meeting. The market site will be sold for £1.95m.\n\nDan' }), excerpt: 'EMBARGOED' },
    { name: 'flags exempt material pasted below the signature', draft: email({ from: OFFICER, to: [BUSINESS], body: "Dear Ms Grant,\n\nI've pasted the Council's position below.\n\nDan Foster\nEstates Surveyor\nTel: 01632 960 000\n\n---\n\nEXEMPT INFORMATION - NOT FOR PUBLICATION\nBy virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972\n\n1. Minimum acceptable price: £1.95m." }), excerpt: 'EXEMPT INFORMATION - NOT FOR PUBLICATION' },
  ],
});
