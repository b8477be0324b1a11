import { email, testRule } from '../rule-tester.ts';
import { CABINET, CHIEF_EXECUTIVE, LEADER, LIB_DEM } from '../people.ts';

testRule('recruitment-canvassing', {
  valid: [
    { name: 'does not flag panel arrangements from HR', draft: email({ from: CHIEF_EXECUTIVE, to: [LEADER, CABINET], subject: 'Director of Housing panel', body: 'Dear colleagues,\n\nShortlisting for the Director of Housing post is on 3 March and interviews on 10 March. The candidate packs are attached.\n\nHelen Ward\nChief Executive' }) },
    { name: 'does not flag thanks for support on a policy', draft: email({ from: LIB_DEM, to: [CABINET], body: 'Ravi,\n\nThank you for your support on the cycle lanes motion.\n\nMary' }) },
  ],
  invalid: [
    { name: 'flags a member asking a panel colleague to back a candidate', draft: email({ from: LEADER, to: [CABINET], body: 'Ravi,\n\nYou are on the appointment panel for Director of Housing. I really hope you will back Sarah Mills; she is the best candidate for the job.\n\nJane' }), excerpt: 'back Sarah Mills' },
    { name: 'flags an officer asking for support on a panel', draft: email({ from: 'Mark Ellis <mark.ellis@example.gov.uk>', to: [LIB_DEM], body: 'Dear Cllr Doyle,\n\nI have applied for the Head of Planning role. I would really appreciate your support when the panel makes its decision.\n\nMark Ellis\nSenior Planning Officer' }), excerpt: 'appreciate your support', alsoFires: ['officer-staffing-approach'] },
  ],
});
