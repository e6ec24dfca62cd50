// Which node of a clustered target each actor of a case connects to (D-65). A pure
// function of the case: its `actors:` in the order written, then the actors its `connect`
// steps name, in step order, each dealt round robin over the nodes. So every case with two
// or more actors has them on different nodes (actor 1 on node 1, actor 2 on node 2, …),
// and a rerun places them the same way. One node: everyone on it (nothing recorded).
import type { CaseSpec } from './model.ts';

/** Actor name → node index (0-based), in placement order. */
export type Placement = ReadonlyMap<string, number>;

/** The actors of a case in the order placement deals them. */
export function actorOrder(c: Pick<CaseSpec, 'actors' | 'steps'>): string[] {
  const names = new Set(Object.keys(c.actors ?? {}));
  for (const step of c.steps) if ('connect' in step) names.add(step.connect.actor);
  return [...names];
}

export function placeActors(c: Pick<CaseSpec, 'actors' | 'steps'>, nodes: number): Placement {
  const placement = new Map<string, number>();
  if (nodes < 2) return placement;
  actorOrder(c).forEach((name, i) => placement.set(name, i % nodes));
  return placement;
}

/** The Socket.IO base URL an actor connects to: its node's, or the target's one URL. */
export function socketUrlOf(target: { socketUrl: string; socketUrls?: readonly string[] }, placement: Placement | undefined, actor: string): string {
  const node = placement?.get(actor);
  return node === undefined ? target.socketUrl : (target.socketUrls?.[node] ?? target.socketUrl);
}

/** For the reports: actor → node number (1-based, as the docs and messages count nodes). */
export function placementRecord(placement: Placement): Record<string, number> {
  return Object.fromEntries([...placement].map(([name, node]) => [name, node + 1]));
}

export class NodesError extends Error {}

/** `--nodes URL,URL,…`: the socket URLs of a cluster's nodes, at least two, each http(s), no repeats. */
export function parseNodes(text: string): string[] {
  const urls = text.split(',').map((u) => u.trim().replace(/\/$/, '')).filter((u) => u !== '');
  if (urls.length < 2) throw new NodesError(`--nodes needs the socket URLs of two or more nodes, comma-separated (got ${urls.length}); for one node use --socket-url`);
  for (const u of urls) {
    let parsed: URL;
    try {
      parsed = new URL(u);
    } catch {
      throw new NodesError(`--nodes: "${u}" is not a URL (e.g. http://127.0.0.1:3001)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new NodesError(`--nodes: "${u}" must be an http:// or https:// URL`);
    if (parsed.username !== '' || parsed.password !== '') throw new NodesError(`--nodes: no user:password@ in "${parsed.host}" (URLs are printed and written to every report)`);
  }
  if (new Set(urls).size !== urls.length) throw new NodesError('--nodes lists one node twice: give each node once');
  return urls;
}
