// What a user reads when a lawsuit's log cannot be replayed: whole messages
// in English, Russian and Kazakh. The other tests assert codes and details.
import { describe, expect, it } from 'vitest';
import { type AnyTutynushyError, formatError } from '../../src/core/index.js';
import { replayLawsuit } from '../../src/lawsuit/index.js';
import { Tenge } from '../../src/money/index.js';
import { thrown } from '../support/errors.js';
import { lawsuitRecord } from './fixtures.js';

const inEachLanguage = (error: AnyTutynushyError) => ({
  en: error.message,
  ru: formatError(error, 'ru'),
  kk: formatError(error, 'kk'),
});

describe('lawsuit errors, whole, in each language', () => {
  it('more collected than was awarded', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          { type: 'file', at: '2024-02-12' },
          { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
          { type: 'recover', at: '2024-05-14', amount: '1424750.01' },
        ]),
      ),
    );
    expect(inEachLanguage(error)).toEqual({
      en: 'event #2 of "L-2024-007": "recover" of 1424750.01 would bring the total collected to 1424750.01, more than the 1424750.00 awarded; give exceedsAwardReason to say why more was collected',
      ru: 'событие №2 записи "L-2024-007": взыскание "recover" на 1424750.01 доведёт общую взысканную сумму до 1424750.01, больше 1424750.00, присуждённых; укажите exceedsAwardReason, чтобы объяснить, почему взыскано больше',
      kk: '"L-2024-007" жазбасының №2 оқиғасы: 1424750.01 сомасындағы "recover" өндірілген жалпы соманы 1424750.01 етеді, бұл шешім бойынша өндіруге тиіс 1424750.00 сомасынан көп; неге көбірек өндірілгенін exceedsAwardReason арқылы көрсетіңіз',
    });
  });

  it('an event after the claim was withdrawn', () => {
    const error = thrown(() =>
      replayLawsuit(
        lawsuitRecord([
          { type: 'file', at: '2024-04-02' },
          { type: 'withdraw', at: '2024-04-20' },
          { type: 'appeal', at: '2024-05-02' },
        ]),
      ),
    );
    expect(inEachLanguage(error)).toEqual({
      en: 'event #2 of "L-2024-007": "appeal" is not allowed in state "withdrawn" (a withdrawn lawsuit accepts no event)',
      ru: 'событие №2 записи "L-2024-007": событие "appeal" недопустимо в состоянии "withdrawn" (в состоянии "withdrawn" иск не принимает событий)',
      kk: '"L-2024-007" жазбасының №2 оқиғасы: "appeal" оқиғасы "withdrawn" күйінде рұқсат етілмейді ("withdrawn" күйіндегі сот ісі ешбір оқиғаны қабылдамайды)',
    });
  });

  it('a negative claim in a record that was never parsed', () => {
    const record = lawsuitRecord([]);
    const error = thrown(() => replayLawsuit({ ...record, claimed: Tenge.of(-5) }));
    expect(inEachLanguage(error)).toEqual({
      en: 'Invalid lawsuit record "L-2024-007": claimed: expected a Tenge of zero or more, got Tenge(-5.00) (read it with parseLawsuitRecord first)',
      ru: 'Некорректная запись иска "L-2024-007": claimed: ожидалось: Tenge, равный нулю или больше, получено Tenge(-5.00) (сначала прочитайте запись через parseLawsuitRecord)',
      kk: 'Жарамсыз сот ісі жазбасы "L-2024-007": claimed: нөл немесе одан үлкен Tenge күтілді, берілгені Tenge(-5.00) (алдымен жазбаны parseLawsuitRecord арқылы оқыңыз)',
    });
  });
});
