// Records for the report benchmarks, generated on the fly from a seed (never
// held in an array): appeals around January–May 2024 on the usual paths,
// lawsuits, outreach activities and E-Tutynushy registrations, as the stored
// JSON of a department's system.

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2023, 10, 1); // 2023-11-01

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const dayOf = (offset: number): string =>
  new Date(FIRST + offset * DAY_MS).toISOString().slice(0, 10);
const REGIONS = ['79', '75', '71', '61', '43'];
const CHANNELS = ['paper', 'eOtinish', 'eOtinish', 'eTutynushy', 'reception', 'hotline'];
const SECTORS = [
  'retailTrade',
  'eCommerce',
  'householdServices',
  'catering',
  'transport',
  'financialServices',
];
const KINDS = [
  'mediaSpeech',
  'mediaPublication',
  'socialPost',
  'socialPost',
  'socialPost',
  'briefing',
  'seminar',
];
const PLATFORMS = ['instagram', 'facebook', 'telegram'];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** `count` appeals as stored JSON. */
export function* appeals(count: number, seed = 1): Generator<object> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(next() * 220);
    const on = dayOf(offset);
    const zone = on < '2024-03-01' ? '+06:00' : '+05:00';
    const path = next();
    const after = (days: number) => dayOf(offset + days);
    const events: object[] = [{ type: 'register', at: on }];
    if (path < 0.62) {
      events.push({ type: 'startReview', at: after(1) });
      events.push({
        type: 'satisfy',
        at: after(3 + Math.floor(next() * 14)),
        refund: String(5_000 + Math.floor(next() * 95_000)),
      });
    } else if (path < 0.72) {
      events.push({ type: 'forwardToBusiness', at: on });
      events.push({ type: 'businessAnswer', at: after(6), answer: 'accepted' });
      events.push({ type: 'satisfy', at: after(8), inKind: true });
    } else if (path < 0.8) {
      events.push({ type: 'startReview', at: after(2) });
      events.push({ type: 'explain', at: after(12) });
    } else if (path < 0.85) {
      events.push({ type: 'redirect', at: after(2), to: 'the competent body' });
    } else if (path < 0.88) {
      events.push({ type: 'withdraw', at: after(4) });
    } else if (path < 0.9) {
      events.push({ type: 'startReview', at: after(1) });
      events.push({
        type: 'extend',
        at: after(15),
        until: after(40),
        reason: 'an expert examination',
      });
      events.push({ type: 'satisfy', at: after(35), refund: '1424750.50' });
    } else if (path < 0.92) {
      events.push({ type: 'startReview', at: after(1) });
      events.push({ type: 'referToCourt', at: after(10) });
    } else {
      events.push({ type: 'startReview', at: after(1) });
    }
    yield {
      schemaVersion: 1,
      id: `A-${i}`,
      receivedAt: `${on}T${String(9 + Math.floor(next() * 9)).padStart(2, '0')}:15:00${zone}`,
      channel: pick(next, CHANNELS),
      appealType: 'complaint',
      region: pick(next, REGIONS),
      sector: pick(next, SECTORS),
      subject: 'Тауар сапасы туралы шағым',
      consumer: { kind: 'individual' },
      events,
    };
  }
}

/** `count` lawsuits as stored JSON. */
export function* lawsuits(count: number, seed = 2): Generator<object> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(next() * 200);
    const decided = next() < 0.6;
    const events: object[] = [
      { type: 'file', at: dayOf(offset) },
      { type: 'hearing', at: dayOf(offset + 10) },
    ];
    if (decided) {
      const forConsumer = next() < 0.7;
      events.push({
        type: 'decide',
        at: dayOf(offset + 25),
        decision: forConsumer ? 'forConsumer' : 'againstConsumer',
        ...(forConsumer ? { awarded: '356187.50' } : {}),
      });
      if (forConsumer)
        events.push({ type: 'recover', at: dayOf(offset + 40), amount: '356187.50' });
    }
    yield {
      schemaVersion: 1,
      id: `L-${i}`,
      court: 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты',
      role: next() < 0.9 ? 'thirdParty' : 'plaintiff',
      appealIds: [`A-${i}`],
      claimed: '356187.50',
      region: pick(next, REGIONS),
      events,
    };
  }
}

/** `count` outreach activities as stored JSON. */
export function* activities(count: number, seed = 3): Generator<object> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const kind = pick(next, KINDS);
    yield {
      schemaVersion: 1,
      id: `O-${i}`,
      kind,
      date: dayOf(Math.floor(next() * 220)),
      region: pick(next, REGIONS),
      ...(kind === 'socialPost' ? { platform: pick(next, PLATFORMS) } : {}),
    };
  }
}

/** `count` E-Tutynushy registrations as stored JSON. */
export function* registrations(count: number, seed = 4): Generator<object> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const business = next() < 0.2;
    yield {
      schemaVersion: 1,
      id: `R-${i}`,
      account: business ? 'business' : 'consumer',
      date: dayOf(Math.floor(next() * 220)),
      region: pick(next, REGIONS),
      ...(business ? { businessId: '940140000385' } : {}),
    };
  }
}
