// (c) Validation throughput per message: the contract's compiled ajv validators on a
// `new-chat` payload (a Chat), valid and invalid, through the runner's and the load
// mode's path (Validators.check, compiled once), and through Validators.event (a lookup
// by event name on every call).
import { loadContract, Validators } from '../../src/contract/index.ts';

export interface ValidationBench {
  /** First compile of the Chat validator in this process, and a cold `new Validators(loadContract())`. */
  loadContractMs: number;
  firstCompileMs: number;
  rows: Array<{ what: string; perSec: number[] }>;
}

const VALID = {
  id: 51,
  type: 'TEXT',
  content: 'load 1a2b3c4d c7 n199',
  senderId: '6394cc8fd1a615bf564d7e75',
  channelId: '6394cd01d1a615bf564d9e4c',
  communityId: '63908b6d2258e789af7d7394',
  createdAt: '2022-12-11T16:13:24.957Z',
  updatedAt: '2022-12-11T16:13:24.957Z',
};
const INVALID = { ...VALID, id: '51' };
const INVALID_MANY = { ...VALID, id: '51', type: 'VIDEO', extra: true, createdAt: 'yesterday' };

function rate(fn: () => unknown, ms = 300): number {
  // Warm up, then count calls in a fixed window.
  for (let i = 0; i < 20_000; i++) fn();
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}

export function benchValidation(reps: number): ValidationBench {
  let t = performance.now();
  const contract = loadContract();
  const loadContractMs = performance.now() - t;
  const validators = new Validators(contract);
  const schema = contract.events['new-chat']!.message.schema;
  t = performance.now();
  const check = validators.check(schema);
  const firstCompileMs = performance.now() - t;
  const rows: ValidationBench['rows'] = [
    { what: 'valid Chat, compiled check (load mode, actor)', perSec: [] },
    { what: 'invalid Chat (`id` a string), compiled check', perSec: [] },
    { what: 'invalid Chat (4 violations), compiled check', perSec: [] },
    { what: 'valid Chat via `Validators.event("new-chat", …)`', perSec: [] },
  ];
  for (let r = 0; r < reps; r++) {
    rows[0]!.perSec.push(rate(() => check(VALID)));
    rows[1]!.perSec.push(rate(() => check(INVALID)));
    rows[2]!.perSec.push(rate(() => check(INVALID_MANY)));
    rows[3]!.perSec.push(rate(() => validators.event('new-chat', VALID)));
  }
  if (check(VALID).length !== 0 || check(INVALID).length === 0) throw new Error('validation bench: the samples are not what they claim');
  return { loadContractMs, firstCompileMs, rows };
}
