// Clause pointers of the catalogue: resolving them in the specs and in docs/decisions.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentStore, PACKAGE_ROOT, fromPointer, getAt } from '../contract/index.ts';

export interface Decision {
  id: string;
  title: string;
  /** The levels named on the decision's **Level.** line. */
  levels: Array<'MUST' | 'SHOULD' | 'MAY'>;
  /** Rules about the specs themselves (checked by lint, not by a conformance case). */
  specOnly: boolean;
}

export function loadDecisions(root: string = PACKAGE_ROOT): Decision[] {
  const text = readFileSync(join(root, 'docs', 'decisions.md'), 'utf8');
  const sections = text.split(/^## /m).slice(1);
  return sections.flatMap((section) => {
    const head = /^(D-\d{2}):\s*(.*)$/m.exec(section);
    if (!head) return [];
    const levelLine = /\*\*Level\.?\*\*\.?\s*(.*)$/m.exec(section)?.[1] ?? '';
    const levels = (['MUST', 'SHOULD', 'MAY'] as const).filter((l) => new RegExp(`\\b${l}\\b`).test(levelLine));
    return [{ id: head[1]!, title: head[2]!.trim(), levels, specOnly: /for the specs/i.test(levelLine) }];
  });
}

/**
 * Decisions the kit checks on every run rather than in a case of their own, with how.
 * The list stays short and is reviewed; the catalogue test accepts nothing else.
 */
export const CHECKED_BY_THE_KIT: Readonly<Record<string, string>> = {
  'D-22': 'every fixtures document the runner reads (endpoint, file or command) is validated against schemas/Fixtures.yaml before any case runs; a bad one is exit 2',
};

/** `undefined` when the clause resolves, else why not. */
export function resolveClause(clause: string, decisions: ReadonlySet<string>, store = new DocumentStore(), root: string = PACKAGE_ROOT): string | undefined {
  if (/^D-\d{2}$/.test(clause)) return decisions.has(clause) ? undefined : `${clause} is not a decision in docs/decisions.md`;
  const [file, pointer = ''] = clause.split('#');
  const path = join(root, file!);
  if (!existsSync(path)) return `${file} does not exist`;
  const node = getAt(store.load(path), fromPointer(pointer));
  return node === undefined ? `${clause} points at nothing` : undefined;
}
