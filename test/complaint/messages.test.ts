// What a department's user reads when an appeal's log cannot be replayed:
// whole messages in English (error.message), Russian and Kazakh
// (formatError), for the errors people meet most. The other tests assert
// codes and details; these pin the wording of each catalogue.
import { describe, expect, it } from 'vitest';
import {
  type ComplaintRecordJson,
  parseComplaintRecord,
  replayComplaint,
} from '../../src/complaint/index.js';
import { type AnyTutynushyError, formatError } from '../../src/core/index.js';
import { thrown } from '../support/errors.js';
import { appealJson } from './records.js';

type Event = ComplaintRecordJson['events'][number];

const reviewed: Event[] = [
  { type: 'register', at: '2024-06-03' },
  { type: 'startReview', at: '2024-06-04' },
];
const replayError = (events: readonly Event[]): AnyTutynushyError =>
  thrown(() => replayComplaint(parseComplaintRecord(appealJson(events))));

const inEachLanguage = (error: AnyTutynushyError) => ({
  en: error.message,
  ru: formatError(error, 'ru'),
  kk: formatError(error, 'kk'),
});

describe('appeal errors, whole, in each language', () => {
  it('an event after the appeal was closed', () => {
    const error = replayError([
      ...reviewed,
      { type: 'explain', at: '2024-06-05' },
      { type: 'explain', at: '2024-06-06' },
    ]);
    expect(formatError(error, 'en')).toBe(error.message);
    expect(inEachLanguage(error)).toEqual({
      en: 'event #3 of "SH-2024-0001": "explain" is not allowed in state "closed" (a closed appeal accepts no event)',
      ru: 'событие №3 записи "SH-2024-0001": событие "explain" недопустимо в состоянии "closed" (в состоянии "closed" обращение не принимает событий)',
      kk: '"SH-2024-0001" жазбасының №3 оқиғасы: "explain" оқиғасы "closed" күйінде рұқсат етілмейді ("closed" күйіндегі өтініш ешбір оқиғаны қабылдамайды)',
    });
  });

  it('an event its state does not allow, with what it allows', () => {
    expect(inEachLanguage(replayError([{ type: 'startReview', at: '2024-06-03' }]))).toEqual({
      en: 'event #0 of "SH-2024-0001": "startReview" is not allowed in state "received" (allowed: register, withdraw)',
      ru: 'событие №0 записи "SH-2024-0001": событие "startReview" недопустимо в состоянии "received" (допустимы: register, withdraw)',
      kk: '"SH-2024-0001" жазбасының №0 оқиғасы: "startReview" оқиғасы "received" күйінде рұқсат етілмейді (рұқсат етілгендері: register, withdraw)',
    });
  });

  it('an event dated before the appeal was received', () => {
    expect(inEachLanguage(replayError([{ type: 'register', at: '2024-06-02' }]))).toEqual({
      en: 'event #0 of "SH-2024-0001" is dated "2024-06-02", before the appeal was received ("2024-06-03T10:00:00+05:00")',
      ru: 'событие №0 записи "SH-2024-0001" датировано "2024-06-02", раньше получения обращения ("2024-06-03T10:00:00+05:00")',
      kk: '"SH-2024-0001" жазбасының №0 оқиғасы "2024-06-02" уақытымен белгіленген, бұл өтініш қабылданған уақыттан ("2024-06-03T10:00:00+05:00") ерте',
    });
  });

  it('an extension decided after the deadline had passed (АППК art. 76)', () => {
    const error = replayError([
      ...reviewed,
      { type: 'extend', at: '2024-06-25', until: '2024-07-10', reason: 'expert examination' },
    ]);
    expect(inEachLanguage(error)).toEqual({
      en: 'event #2 of "SH-2024-0001": extension until "2024-07-10" was decided on 2024-06-25, after the review deadline 2024-06-24 had passed: a deadline that has run out cannot be extended (АППК art. 76)',
      ru: 'событие №2 записи "SH-2024-0001": продление до "2024-07-10" принято 2024-06-25, когда срок рассмотрения 2024-06-24 уже истёк: истёкший срок продлить нельзя (ст. 76 АППК)',
      kk: '"SH-2024-0001" жазбасының №2 оқиғасы: мерзімді ұзарту ("2024-07-10" күніне дейін) 2024-06-25 күні шешілген, бұл кезде қарау мерзімі (2024-06-24) өтіп кеткен: өтіп кеткен мерзім ұзартылмайды (ӘРПК 76-бабы)',
    });
  });

  it('a record of a newer schema version', () => {
    const error = thrown(() => parseComplaintRecord(appealJson([], { schemaVersion: 99 })));
    expect(inEachLanguage(error)).toEqual({
      en: 'Cannot read complaint record "SH-2024-0001": it has schemaVersion 99, and this version of tutynushy reads schemaVersion 1 (a newer record needs a newer tutynushy)',
      ru: 'Не удаётся прочитать запись обращения "SH-2024-0001": у неё schemaVersion 99, а эта версия tutynushy читает schemaVersion 1 (для более новой записи нужна более новая версия tutynushy)',
      kk: 'өтініш жазбасы "SH-2024-0001" оқылмайды: оның schemaVersion мәні 99, ал tutynushy-дің бұл нұсқасы schemaVersion 1 оқиды (жаңа жазбаға tutynushy-дің жаңа нұсқасы керек)',
    });
  });
});
