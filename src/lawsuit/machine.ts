import type { StateMachine } from '../core/index.js';
import type { LawsuitEventType } from './event-type.js';
import type { LawsuitState } from './state.js';

/**
 * The lawsuit state machine as data: which event moves a lawsuit from which
 * state to which. `hearing` keeps a case where it is; `recover` is logged
 * after a decision or a settlement and keeps the state. `withdrawn` and
 * `dismissed` accept no event.
 *
 * @example
 * ```ts
 * import { eventsAllowedIn } from 'tutynushy';
 *
 * eventsAllowedIn(lawsuitMachine, 'decided'); // ['appeal', 'settle', 'recover']
 * ```
 */
export const lawsuitMachine: StateMachine<LawsuitState, LawsuitEventType> = {
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
  final: ['withdrawn', 'dismissed'],
  transitions: [
    { event: 'file', from: ['notFiled'], to: 'inProceedings' },
    { event: 'hearing', from: ['inProceedings'], to: 'inProceedings' },
    { event: 'hearing', from: ['underAppeal'], to: 'underAppeal' },
    { event: 'decide', from: ['inProceedings', 'underAppeal'], to: 'decided' },
    { event: 'appeal', from: ['decided'], to: 'underAppeal' },
    // A settlement agreement may be reached at any stage, enforcement included.
    { event: 'settle', from: ['inProceedings', 'decided', 'underAppeal'], to: 'settled' },
    { event: 'withdraw', from: ['inProceedings', 'underAppeal'], to: 'withdrawn' },
    { event: 'dismiss', from: ['inProceedings', 'underAppeal'], to: 'dismissed' },
    { event: 'recover', from: ['decided'], to: 'decided' },
    { event: 'recover', from: ['settled'], to: 'settled' },
  ],
};
