/**
 * The pre-election period (SPEC 3.4): from 00:00 on the day the notice of
 * election is published to 22:00 on polling day, London time. With no notice
 * date, the latest the law allows: the 25th working day before the poll.
 */
import type { Election } from '../model.ts';
import { addDays, instantOf, isElectionDayOff, isoOf, parseCivilDate, type CivilDate } from './calendar.ts';

const LONDON = 'Europe/London';
const NOTICE_WORKING_DAYS = 25;

export interface ElectionWindow {
  election: Election;
  noticeOfElection: string;
  start: Date;
  end: Date;
}

export function latestNoticeDate(poll: string): string {
  let day: CivilDate = parseCivilDate(poll);
  let counted = 0;
  while (counted < NOTICE_WORKING_DAYS) {
    day = addDays(day, -1);
    if (!isElectionDayOff(day)) counted++;
  }
  return isoOf(day);
}

/** Windows already worked out, per election of a loaded configuration: every date in a draft asks again. */
const windows = new WeakMap<Election, ElectionWindow>();

export function electionWindow(election: Election): ElectionWindow {
  const known = windows.get(election);
  if (known) return known;
  const noticeOfElection = election.noticeOfElection ?? latestNoticeDate(election.poll);
  const window = {
    election,
    noticeOfElection,
    start: instantOf(parseCivilDate(noticeOfElection), 0, 0, LONDON),
    end: instantOf(parseCivilDate(election.poll), 22, 0, LONDON),
  };
  windows.set(election, window);
  return window;
}

/** The election periods an instant falls in; windows may overlap. */
export function windowsAt(elections: readonly Election[], instant: Date): ElectionWindow[] {
  return elections.map(electionWindow).filter((window) => instant >= window.start && instant < window.end);
}
