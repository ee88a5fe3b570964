import { describe, expect, it } from 'vitest';
import {
  APPEAL_TYPE_KEYS,
  APPEAL_TYPES,
  appealTypeLabel,
  BUSINESS_ANSWER_KEYS,
  businessAnswerLabel,
  CARRIED_OVER,
  CHANNEL_KEYS,
  CHANNELS,
  COMPLAINT_EVENT_TYPE_KEYS,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_OUTCOME_GROUP_KEYS,
  COMPLAINT_OUTCOME_GROUPS,
  COMPLAINT_OUTCOME_KEYS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATE_KEYS,
  COMPLAINT_STATES,
  channelLabel,
  complaintEventTypeLabel,
  complaintMachine,
  complaintOutcomeGroup,
  complaintOutcomeGroupLabel,
  complaintOutcomeLabel,
  complaintStateLabel,
  GROUP_OF_OUTCOME,
  isAppealType,
  isBusinessAnswer,
  isChannel,
  isComplaintEventType,
  isComplaintOutcome,
  isComplaintState,
  REFUSAL_GROUND_KEYS,
  REFUSAL_GROUNDS,
  RELIEF_KIND_KEYS,
  RELIEF_KINDS,
  refusalGroundLabel,
  reliefKindLabel,
  reliefKindsOf,
} from '../../src/complaint/index.js';
import type { Labels } from '../../src/core/index.js';
import { Tenge } from '../../src/money/index.js';

const tables: Record<string, Record<string, Labels>> = {
  CHANNELS,
  APPEAL_TYPES,
  COMPLAINT_STATES,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_GROUPS,
  RELIEF_KINDS,
  REFUSAL_GROUNDS,
};

describe('appeal enumerations', () => {
  it('lists the channels, appeal types, states and events the library models', () => {
    expect(CHANNEL_KEYS).toEqual([
      'eTutynushy',
      'eOtinish',
      'paper',
      'reception',
      'hotline',
      'messenger',
      'email',
      'other',
    ]);
    expect(APPEAL_TYPE_KEYS).toEqual([
      'application',
      'complaint',
      'proposal',
      'request',
      'response',
      'message',
    ]);
    expect(COMPLAINT_STATE_KEYS).toEqual([
      'received',
      'registered',
      'awaitingBusiness',
      'underReview',
      'closed',
    ]);
    expect(COMPLAINT_STATE_KEYS).toEqual(complaintMachine.states);
    expect(COMPLAINT_EVENT_TYPE_KEYS).toEqual(complaintMachine.transitions.map((t) => t.event));
    expect(COMPLAINT_EVENT_TYPE_KEYS.length).toBe(12);
    expect(CHANNEL_KEYS.length).toBe(8);
  });

  it('gives every value a non-empty label in kk, ru and en', () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, labels] of Object.entries(table)) {
        for (const locale of ['kk', 'ru', 'en'] as const) {
          expect(labels[locale].trim(), `${name}.${key}.${locale}`).not.toBe('');
        }
      }
    }
  });

  it('uses the published wording of department reports for outcomes (Shymkent, five months of 2024)', () => {
    const published: Record<string, [string, string]> = {
      satisfied: ['қанағаттандырылды', 'удовлетворено'],
      explained: ['түсіндірме берілді', 'дано разъяснение'],
      redirected: ['қайта бағытталды', 'перенаправлено по компетенции'],
      withdrawn: ['қайтарып алынды', 'отозвано'],
      referredToCourt: ['талап арыз бойынша', 'в исковом порядке'],
      refused: ['қараудан бас тартылды', 'отказано в рассмотрении'],
      returned: ['қайтарылды', 'возвращено'],
    };
    expect(COMPLAINT_OUTCOME_KEYS).toEqual(Object.keys(published));
    for (const [key, [kk, ru]] of Object.entries(published)) {
      const outcome = key as keyof typeof COMPLAINT_OUTCOMES;
      expect(complaintOutcomeLabel(outcome, 'kk')).toBe(kk);
      expect(complaintOutcomeLabel(outcome, 'ru')).toBe(ru);
    }
    expect(CARRIED_OVER).toEqual({
      kk: 'келесі айға көшті',
      ru: 'перенесено на следующий месяц',
      en: 'carried over to next month',
    });
    expect(isComplaintOutcome('carriedOver')).toBe(false);
    expect(isComplaintState('carriedOver')).toBe(false);
  });

  it('names the АППК appeal types in Kazakh and Russian', () => {
    expect(APPEAL_TYPE_KEYS.map((t) => appealTypeLabel(t, 'kk'))).toEqual([
      'өтініш',
      'шағым',
      'ұсыныс',
      'сұрау салу',
      'ден қою',
      'хабарлама',
    ]);
    expect(APPEAL_TYPE_KEYS.map((t) => appealTypeLabel(t, 'ru'))).toEqual([
      'заявление',
      'жалоба',
      'предложение',
      'запрос',
      'отклик',
      'сообщение',
    ]);
    expect(APPEAL_TYPES.request.kk).toBe('сұрау салу');
  });

  it('rolls outcomes up into coarse groups, FixMyStreet-style', () => {
    expect(COMPLAINT_OUTCOME_GROUP_KEYS).toEqual([
      'open',
      'closedPositive',
      'closedNeutral',
      'closedTransferred',
      'closedTerminated',
    ]);
    expect(GROUP_OF_OUTCOME).toEqual({
      satisfied: 'closedPositive',
      explained: 'closedNeutral',
      redirected: 'closedTransferred',
      referredToCourt: 'closedTransferred',
      withdrawn: 'closedTerminated',
      refused: 'closedTerminated',
      returned: 'closedTerminated',
    });
    expect(complaintOutcomeGroup(undefined)).toBe('open');
    expect(complaintOutcomeGroup('referredToCourt')).toBe('closedTransferred');
    expect(complaintOutcomeGroupLabel('closedPositive', 'ru')).toBe('решено положительно');
    expect(COMPLAINT_OUTCOME_GROUPS.closedPositive.kk).toBe('тұтынушы пайдасына шешілді');
  });

  it('picks labels by locale and rejects unknown keys and locales', () => {
    expect(channelLabel('eTutynushy', 'ru')).toBe('Е-Потребитель');
    expect(CHANNELS.eTutynushy.kk).toBe('Е-Тұтынушы');
    expect(appealTypeLabel('complaint', 'kk')).toBe('шағым');
    expect(complaintStateLabel('underReview', 'kk')).toBe('қаралуда');
    expect(complaintEventTypeLabel('extend', 'ru')).toBe('продление срока рассмотрения');
    expect(COMPLAINT_EVENT_TYPES.redirect.kk).toBe('құзыреті бойынша қайта бағыттау');
    expect(complaintOutcomeLabel('redirected', 'ru')).toBe('перенаправлено по компетенции');
    expect(reliefKindLabel('inKind', 'kk')).toBe('заттай');
    expect(RELIEF_KINDS.monetary.kk).toBe('ақшалай');
    expect(RELIEF_KIND_KEYS).toEqual(['monetary', 'inKind', 'nonMonetary']);
    expect(businessAnswerLabel('rejected', 'ru')).toBe('в требовании отказано');
    expect(isBusinessAnswer('partlyAccepted')).toBe(true);
    expect(isBusinessAnswer('ignored')).toBe(false);
    expect(isBusinessAnswer('toString')).toBe(false);
    expect(BUSINESS_ANSWER_KEYS).toEqual(['accepted', 'partlyAccepted', 'rejected']);
    expect(refusalGroundLabel('courtDecision', 'en')).toBe('a court has decided the same dispute');
    expect(REFUSAL_GROUND_KEYS).toEqual(['courtDecision', 'preTrialDecision', 'other']);
    expect(() => channelLabel('fax' as 'paper', 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => channelLabel('paper', 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });

  it('tells keys from anything else', () => {
    for (const guard of [
      isChannel,
      isAppealType,
      isComplaintState,
      isComplaintEventType,
      isComplaintOutcome,
    ]) {
      for (const bad of [
        '',
        'toString',
        '__proto__',
        null,
        undefined,
        42,
        Number.NaN,
        {},
        'x'.repeat(50_000),
      ]) {
        expect(guard(bad)).toBe(false);
      }
    }
    expect(isChannel('eOtinish')).toBe(true);
    expect(isChannel('fax')).toBe(false);
    expect(isAppealType('complaint')).toBe(true);
    expect(isAppealType('жалоба')).toBe(false);
    expect(isComplaintState('underReview')).toBe(true);
    expect(isComplaintEventType('extend')).toBe(true);
    expect(isComplaintEventType('close')).toBe(false);
    expect(isComplaintOutcome('satisfied')).toBe(true);
  });

  it('lists the kinds of relief given', () => {
    expect(reliefKindsOf({ refund: Tenge.of('250000'), inKind: 'phone replaced' })).toEqual([
      'monetary',
      'inKind',
    ]);
    expect(reliefKindsOf({})).toEqual([]);
    expect(reliefKindsOf({ nonMonetary: true })).toEqual(['nonMonetary']);
  });
});
