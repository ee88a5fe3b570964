import { deepFreeze } from '../core/freeze.js';
import type { StateMachine } from '../core/state-machine.js';
import type { LawsuitEventType } from './event-type.js';
import type { LawsuitState } from './state.js';

/**
 * The lawsuit state machine as data: which event moves a lawsuit from which
 * state to which. `hearing` keeps a case where it is; `recover` is logged
 * after a decision or a settlement and keeps the state. A dismissal can be
 * appealed like a decision; only `withdrawn` accepts no event.
 *
 * @example
 * ```ts
 * lawsuitMachine.initial; // 'notFiled'
 * lawsuitMachine.final;   // ['withdrawn']
 * Object.isFrozen(lawsuitMachine.transitions); // true
 * ```
 */
export const lawsuitMachine: StateMachine<LawsuitState, LawsuitEventType> =
  /* @__PURE__ */ deepFreeze({
    name: 'lawsuit',
    states: [
      'notFiled',
      'inProceedings',
      'decided',
      'underAppeal',
      'settled',
      'withdrawn',
      'dismissed',
    ],
    initial: 'notFiled',
    final: ['withdrawn'],
    transitions: [
      { event: 'file', from: ['notFiled'], to: 'inProceedings' },
      { event: 'hearing', from: ['inProceedings'], to: 'inProceedings' },
      { event: 'hearing', from: ['underAppeal'], to: 'underAppeal' },
      { event: 'decide', from: ['inProceedings', 'underAppeal'], to: 'decided' },
      // A ruling that leaves a claim without consideration or ends the
      // proceedings is appealed (частная жалоба) as a decision is.
      { event: 'appeal', from: ['decided', 'dismissed'], to: 'underAppeal' },
      // A settlement agreement may be reached at any stage, enforcement included.
      // Money is collected only on a decision in force or a settlement: not
      // while the decision is under appeal, and never before one.
      { event: 'settle', from: ['inProceedings', 'decided', 'underAppeal'], to: 'settled' },
      { event: 'withdraw', from: ['inProceedings', 'underAppeal'], to: 'withdrawn' },
      { event: 'dismiss', from: ['inProceedings', 'underAppeal'], to: 'dismissed' },
      { event: 'recover', from: ['decided'], to: 'decided' },
      { event: 'recover', from: ['settled'], to: 'settled' },
    ],
  } as StateMachine<LawsuitState, LawsuitEventType>);
