// A case's exchange as a Mermaid `sequenceDiagram`: the case's actors and the server,
// emits and HTTP requests going right, acks, responses and events coming back, and a
// note under each frame a failure points at.
import type { CaseResult, Frame } from '../runner/model.ts';
import { escapeMermaid } from './escape.ts';
import { compact } from './summary.ts';

export interface DiagramOptions {
  /** Transcripts longer than this keep only the frames around the failures (default 40). */
  maxFrames?: number;
  /** Longest message text, in characters before escaping (default 100). */
  maxText?: number;
}

function label(name: string): string {
  return name.replace(/[^\w .@-]/g, '_').slice(0, 40) || '_';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The frames worth drawing: all of a short transcript, else the start and each failure's neighbourhood. */
export function pickFrames(c: CaseResult, maxFrames: number): number[] {
  const n = c.transcript.length;
  if (n <= maxFrames) return [...Array(n).keys()];
  const keep = new Set<number>();
  const add = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= Math.min(n - 1, to); i++) keep.add(i);
  };
  add(0, 2);
  const marks = c.failures.map((f) => f.frame).filter((i): i is number => i !== undefined);
  if (marks.length === 0) add(n - (maxFrames - 3), n - 1);
  for (const i of marks) add(i - 8, i + 2);
  return [...keep].sort((a, b) => a - b);
}

function message(f: Frame, max: number): string {
  const data = (v: unknown) => (v === undefined ? '' : ` ${compact(v, max)}`);
  switch (f.kind) {
    case 'http-request': {
      const body = f.data !== null && typeof f.data === 'object' && 'body' in f.data ? (f.data as { body: unknown }).body : undefined;
      return `${f.event ?? 'HTTP'}${data(body)}`;
    }
    case 'http-response':
      return `${(f.event ?? '').split(' ')[0] ?? ''}${data(f.data)}`;
    case 'emit':
    case 'ack':
      return `${f.kind} ${f.event ?? ''}${data(f.data)}`;
    case 'event':
      return `${f.event ?? 'event'}${data(f.data)}`;
    case 'connect': {
      const d = (f.data ?? {}) as { namespace?: unknown; auth?: { token?: unknown } };
      if (typeof d.namespace !== 'string') return `connect${data(f.data)}`;
      const token = d.auth && 'token' in d.auth ? ` token=${compact(d.auth.token, 60)}` : ' (no auth.token)';
      return `connect ${d.namespace}${token}`;
    }
    case 'connect_error':
      return `connect_error${data(f.data)}`;
    default:
      return `${f.kind}${data(f.data)}`;
  }
}

export function sequenceDiagram(c: CaseResult, options: DiagramOptions = {}): string {
  const maxFrames = options.maxFrames ?? 40;
  const maxText = options.maxText ?? 100;
  const actors: string[] = [];
  for (const f of c.transcript) if (!actors.includes(f.actor)) actors.push(f.actor);
  const id = new Map(actors.map((a, i) => [a, `A${i + 1}`]));
  const lines = ['sequenceDiagram'];
  for (const a of actors) lines.push(`  participant ${id.get(a)} as ${label(a)}`);
  lines.push('  participant S as server');

  const notes = new Map<number, string[]>();
  for (const f of c.failures) {
    if (f.frame === undefined) continue;
    const list = notes.get(f.frame) ?? [];
    list.push(`${f.level === 'MUST' ? '✗' : '⚠'} ${f.check}: ${f.message}`);
    notes.set(f.frame, list);
  }

  let previous = -1;
  for (const i of pickFrames(c, maxFrames)) {
    if (i > previous + 1) lines.push(`  Note over S: … ${i - previous - 1} frames not shown …`);
    previous = i;
    const f = c.transcript[i]!;
    const a = id.get(f.actor)!;
    const text = escapeMermaid(clip(message(f, maxText), maxText)) || f.kind;
    if (f.kind === 'note') {
      lines.push(`  Note over ${a}: ${text}`);
    } else if (f.dir === 'out') {
      const arrow = f.kind === 'disconnect' ? '-x' : '->>';
      lines.push(`  ${a}${arrow}S: ${text}`);
    } else {
      const arrow = f.kind === 'event' ? '-)' : f.kind === 'connect_error' || f.kind === 'disconnect' ? '--x' : '-->>';
      lines.push(`  S${arrow}${a}: ${text}`);
    }
    for (const note of notes.get(i) ?? []) lines.push(`  Note over ${a},S: ${escapeMermaid(clip(note, maxText + 40))}`);
  }
  if (previous < c.transcript.length - 1 && previous >= 0) lines.push(`  Note over S: … ${c.transcript.length - 1 - previous} more frames …`);
  if (c.transcript.length === 0) lines.push('  Note over S: no frames were exchanged');
  return lines.join('\n');
}
