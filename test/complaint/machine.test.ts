import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_STATE_KEYS,
  complaintMachine,
  complaintMachineToMermaid,
  complaintStateLabel,
} from '../../src/complaint/index.js';
import { eventsAllowedIn } from '../../src/core/state-machine.js';

const docs = readFileSync(new URL('../../docs/complaint.md', import.meta.url), 'utf8');

describe('complaintMachine', () => {
  it('starts received and ends closed, which accepts nothing', () => {
    expect(complaintMachine.initial).toBe('received');
    expect(complaintMachine.final).toEqual(['closed']);
    expect(eventsAllowedIn(complaintMachine, 'closed')).toEqual([]);
  });

  it('allows what the АППК and Law 274-IV allow in each state', () => {
    expect(eventsAllowedIn(complaintMachine, 'received')).toEqual(['register', 'withdraw']);
    expect(eventsAllowedIn(complaintMachine, 'registered')).toEqual([
      'forwardToBusiness',
      'startReview',
      'redirect',
      'withdraw',
      'refuse',
      'return',
    ]);
    expect(eventsAllowedIn(complaintMachine, 'awaitingBusiness')).toEqual([
      'businessAnswer',
      'startReview',
      'satisfy',
      'withdraw',
    ]);
    expect(eventsAllowedIn(complaintMachine, 'underReview')).toEqual([
      'forwardToBusiness',
      'extend',
      'satisfy',
      'explain',
      'redirect',
      'withdraw',
      'refuse',
      'referToCourt',
    ]);
  });

  it('lets the applicant withdraw from every open state, and extends only under review', () => {
    for (const state of COMPLAINT_STATE_KEYS) {
      const allowed = eventsAllowedIn(complaintMachine, state);
      expect(allowed.includes('withdraw'), state).toBe(state !== 'closed');
      expect(allowed.includes('extend'), state).toBe(state === 'underReview');
    }
  });

  it('reaches every state from the initial one', () => {
    const reached = new Set([complaintMachine.initial]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const { from, to } of complaintMachine.transitions) {
        if (from.some((state) => reached.has(state)) && !reached.has(to)) {
          reached.add(to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...COMPLAINT_STATE_KEYS].sort());
  });
});

describe('complaintMachineToMermaid', () => {
  const drawing = complaintMachineToMermaid();

  it('draws one arrow per pair of states, events joined', () => {
    expect(drawing.split('\n').slice(0, 3)).toEqual([
      'stateDiagram-v2',
      '    [*] --> received',
      '    received --> registered: register',
    ]);
    expect(drawing).toContain(
      '    underReview --> closed: satisfy, explain, redirect, withdraw, refuse, referToCourt',
    );
    expect(drawing).toContain('    underReview --> underReview: extend');
    expect(drawing.endsWith('    closed --> [*]')).toBe(true);
    const arrows = drawing.split('\n').filter((line) => line.includes('-->'));
    const pairs = new Set(
      complaintMachine.transitions.flatMap(({ from, to }) => from.map((state) => `${state}>${to}`)),
    );
    expect(arrows.length).toBe(pairs.size + 2);
  });

  it('names states and events in a language when asked', () => {
    const kk = complaintMachineToMermaid({ locale: 'kk' });
    expect(kk.split('\n')[1]).toBe('    state "түсті" as received');
    expect(kk).toContain(`state "${complaintStateLabel('underReview', 'kk')}" as underReview`);
    expect(kk).toContain('received --> registered: тіркеу');
    expect(complaintMachineToMermaid({ locale: 'ru' })).toContain(
      'registered --> closed: перенаправление по компетенции',
    );
    expect(() => complaintMachineToMermaid({ locale: 'kz' as 'kk' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });

  it('is the drawing docs/complaint.md shows', () => {
    expect(docs).toContain(`\`\`\`mermaid\n${drawing}\n\`\`\``);
  });
});
