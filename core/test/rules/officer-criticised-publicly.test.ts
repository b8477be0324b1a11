import { document, email, testRule } from '../rule-tester.ts';
import { LIB_DEM, OFFICER, REPORTER, RESIDENT } from '../people.ts';

const toPress = (text: string) => email({
  from: LIB_DEM, to: [REPORTER], subject: 'Parking',
  body: `Hello,\n\n${text}\n\nCllr Mary Doyle\nWard Councillor for Northfield`,
});

testRule('officer-criticised-publicly', {
  valid: [
    { name: 'does not flag criticism of a policy', draft: toPress('The Cabinet decision to cut the parking permit scheme is wrong and I will vote against it. Staff have done their best.') },
    { name: 'does not flag praise of staff', draft: toPress('The parking team have been brilliant throughout.') },
    { name: 'does not flag a private concern to an officer', draft: email({ from: LIB_DEM, to: [OFFICER], body: 'Dan,\n\nI think the enforcement on Mill Road has been careless. Could we talk?\n\nMary' }) },
    { name: 'does not flag the Cabinet blamed for a mess with staff praised after', draft: toPress('The Cabinet has made a complete mess of the parking scheme. Staff have done their best to make it work.') },
    { name: 'does not flag the author owning a mistake', draft: toPress('Officers warned us about the permit costs and I got it wrong.') },
    { name: 'does not flag staff praised for a job well done', draft: toPress('The parking team did a great job of clearing the backlog.') },
    { name: 'does not flag a scheme that must go ahead', draft: toPress('Officers tell me the resurfacing scheme must go ahead this summer, and I agree.') },
    { name: 'does not flag a councillor saying they are up to the job', draft: toPress('The parking team have been stretched, but I am confident the manager is up to the job.') },
    { name: 'does not flag the author spending more time on one thing than another', draft: toPress('Officers tell me the scheme is on track. I have spent more time on this case than on any other this year.') },
    { name: 'does not flag residents deserving a better bus service', draft: toPress('Officers are looking at the timetable again. Residents deserve a better bus service than the one Stagecoach runs.') },
    { name: 'does not flag officers more interested in a report than a rumour', draft: toPress('The planning officers were more interested in the flood report than in the parking.') },
  ],
  invalid: [
    { name: 'flags a named officer called incompetent to the press', draft: toPress('Dan Foster, the officer responsible, has been utterly incompetent.'), excerpt: 'incompetent' },
    { name: 'flags crews called lazy in a ward newsletter', draft: email({ from: LIB_DEM, to: [RESIDENT], body: 'Dear residents,\n\nThe bin crews have been lazy and careless again this month.\n\nMary Doyle\nWard Councillor for Northfield' }), excerpt: 'lazy' },
    { name: 'flags a named officer who failed to do his job', draft: toPress('Frankly, the planning officer on this case, Dan Foster, failed to do his job properly: he brushed aside every objection.'), excerpt: 'failed to do his job' },
    { name: 'flags staff who did not bother', draft: toPress('The enforcement officers did not even bother to visit the street before writing to residents.'), excerpt: 'did not even bother to' },
    { name: 'flags objections brushed aside by the team', draft: toPress('The parking team brushed our concerns aside at every turn.'), excerpt: 'brushed our concerns aside' },
    { name: 'flags planners who made a mess of an application', draft: toPress("The Council's planners have made a complete mess of this application."), excerpt: 'made a complete mess of' },
    { name: 'flags staff who got the figures wrong', draft: toPress('The officers got the traffic figures badly wrong.'), excerpt: 'got the traffic figures badly wrong' },
    { name: 'flags a team that did a terrible job', draft: toPress('The highways team did a terrible job on Elm Road.'), excerpt: 'did a terrible job' },
    { name: 'flags staff who botched the work', draft: toPress('Contractor staff botched the resurfacing and residents are paying for it.'), excerpt: 'botched' },
    { name: 'flags officers who ignored every objection', draft: toPress('The officers ignored all the objections from residents.'), excerpt: 'ignored all the objections' },
    { name: 'flags a press release blaming staff', now: '2027-01-20T10:00:00Z', draft: document('PRESS RELEASE\n\nBin collections\n\nThe delays were caused by careless staff in the waste team.\n\nENDS'), excerpt: 'careless staff' },
    { name: 'flags a named head of service not up to the job', draft: toPress("I'm sorry to say that the Council's Head of Leisure, Paul Dryden, is simply not up to the job of keeping the pool open."), excerpt: 'not up to the job' },
    { name: 'flags saying an officer must resign', draft: toPress('The planning manager should resign over this.'), excerpt: 'should resign' },
    { name: 'flags saying the director should go', draft: toPress('Frankly, the director has to go.'), excerpt: 'has to go' },
    { name: 'flags lost confidence in the team', draft: toPress('Residents have lost all confidence in the parking team.'), excerpt: 'lost all confidence in the parking team' },
    { name: 'flags an officer who spent more time copying than listening', draft: toPress('The report was written by Dan Foster, who seems to have spent more time copying the developer\'s brochure than listening to the 400 residents who objected.'), excerpt: 'spent more time copying' },
    { name: 'flags an officer wasting more time on paperwork than on residents', draft: toPress('The enforcement team wasted far more time filling in forms than talking to residents.'), excerpt: 'wasted far more time filling in forms than' },
    { name: 'flags officers more interested in pleasing the developer than listening', draft: toPress('The planners were more interested in keeping the developer happy than listening to local people.'), excerpt: 'more interested in keeping the developer happy than listening' },
    { name: 'flags residents deserving a better report than the one he produced', draft: toPress('Dan Foster wrote the committee report. Frankly, residents deserved a better report than the one he produced.'), excerpt: 'better report than the one he produced' },
    { name: 'flags residents deserving better from the planning officers', draft: toPress('Residents deserve much better from the planning officers than this.'), excerpt: 'deserve much better from the planning officers' },
    { name: 'flags a planner who parroted the applicant\'s case', draft: toPress('The case officer simply parroted the applicant\'s sales pitch.'), excerpt: "parroted the applicant's sales pitch" },
  ],
});
