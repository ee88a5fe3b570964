import { describe, expect, it } from 'vitest';
import {
  DECIDED_FOR_CONSUMERS,
  isDecisionForConsumers,
  isLawsuitDecision,
  isLawsuitEventType,
  isLawsuitRole,
  isLawsuitState,
  LAWSUIT_DECISION_KEYS,
  LAWSUIT_DECISIONS,
  LAWSUIT_EVENT_TYPE_KEYS,
  LAWSUIT_EVENT_TYPES,
  LAWSUIT_ROLE_KEYS,
  LAWSUIT_ROLES,
  LAWSUIT_STATE_KEYS,
  LAWSUIT_STATES,
  lawsuitDecisionLabel,
  lawsuitEventTypeLabel,
  lawsuitMachine,
  lawsuitRoleLabel,
  lawsuitStateLabel,
} from '../../src/lawsuit/index.js';

describe('lawsuit enumerations', () => {
  it('label every role, state, decision and event type in kk, ru and en', () => {
    for (const table of [LAWSUIT_ROLES, LAWSUIT_STATES, LAWSUIT_DECISIONS, LAWSUIT_EVENT_TYPES]) {
      for (const labels of Object.values(table)) {
        for (const locale of ['kk', 'ru', 'en'] as const) {
          expect(labels[locale].trim()).not.toBe('');
        }
      }
    }
  });

  it('use the published wording', () => {
    expect(lawsuitRoleLabel('thirdParty', 'kk')).toBe('үшінші тұлға');
    expect(lawsuitRoleLabel('thirdParty', 'ru')).toBe('третье лицо');
    expect(lawsuitRoleLabel('plaintiff', 'en')).toBe("plaintiff in consumers' interest");
    expect(lawsuitDecisionLabel('forConsumer', 'kk')).toBe('тұтынушы пайдасына шешілді');
    expect(lawsuitDecisionLabel('forConsumer', 'ru')).toBe('решено в пользу потребителя');
    expect(DECIDED_FOR_CONSUMERS.kk).toBe('соттың оң шешімі тұтынушылардың пайдасына шешілді');
    expect(lawsuitEventTypeLabel('recover', 'kk')).toBe('ақша өндірілді');
    expect(lawsuitStateLabel('inProceedings', 'ru')).toBe('рассматривается в суде');
  });

  it('spell «талап-арыз» as the published KPI heading «Талап-арыз қызметі» does', () => {
    expect(lawsuitEventTypeLabel('file', 'kk')).toBe('талап-арыз сотқа берілді');
    expect(lawsuitStateLabel('withdrawn', 'kk')).toBe('талап-арыз қайтарып алынды');
    expect(lawsuitStateLabel('dismissed', 'kk')).toBe('талап-арыз қараусыз қалдырылды');
    for (const table of [LAWSUIT_STATES, LAWSUIT_EVENT_TYPES]) {
      for (const labels of Object.values(table)) expect(labels.kk).not.toMatch(/талап арыз/);
    }
  });

  it('list the keys the machine uses', () => {
    expect(LAWSUIT_ROLE_KEYS).toEqual(['plaintiff', 'thirdParty']);
    expect(LAWSUIT_DECISION_KEYS).toEqual(['forConsumer', 'partlyForConsumer', 'againstConsumer']);
    expect([...LAWSUIT_STATE_KEYS].sort()).toEqual([...lawsuitMachine.states].sort());
    expect(new Set(lawsuitMachine.transitions.map((t) => t.event))).toEqual(
      new Set(LAWSUIT_EVENT_TYPE_KEYS),
    );
  });

  it('guard against look-alikes and inherited names', () => {
    for (const guard of [isLawsuitRole, isLawsuitState, isLawsuitDecision, isLawsuitEventType]) {
      for (const value of ['toString', '__proto__', '', 'constructor', 42, null, undefined]) {
        expect(guard(value)).toBe(false);
      }
    }
    expect(isLawsuitRole('thirdParty')).toBe(true);
    expect(isLawsuitState('underAppeal')).toBe(true);
    expect(isLawsuitDecision('againstConsumer')).toBe(true);
    expect(isLawsuitEventType('recover')).toBe(true);
  });

  it('count decisions wholly or partly for consumers as in their favour', () => {
    expect(LAWSUIT_DECISION_KEYS.filter(isDecisionForConsumers)).toEqual([
      'forConsumer',
      'partlyForConsumer',
    ]);
  });

  it('refuse an unknown value or locale with a typed error', () => {
    expect(() => lawsuitRoleLabel('judge' as 'plaintiff', 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => lawsuitStateLabel('decided', 'kz' as 'kk')).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});
