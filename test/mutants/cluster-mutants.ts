// Mutant clusters (issue 18): each breaks one rule that only a cluster can break, on an
// embedded 2-node reference cluster (src/server/embedded-cluster.ts). On one node they
// change nothing, so they are not in MUTANTS (whose runs use one node); the cases of their
// own rule kill them when run against the cluster (test/cluster/mutants.test.ts).
import type { Namespace } from 'socket.io';
import type { ClusterOptions } from '../../src/server/embedded-cluster.ts';
import type { ServerParts } from '../../src/server/index.ts';
import { channelRoom, userRoom } from '../../src/server/socket.ts';

export interface ClusterMutant {
  id: string;
  rule: string;
  /** The cases of the rule (globs): at least one of them must fail by its own assertions. */
  killers: string[];
  /** What the mutant changes in the cluster's options. */
  options: Pick<ClusterOptions, 'instrument' | 'withoutBus'>;
}

type Adapter = { onmessage: (pattern: unknown, channel: unknown, msg: unknown) => void };

/** Calls `patch` with the Redis adapter of every namespace this node creates from now on. */
function eachAdapter(parts: ServerParts, patch: (adapter: Adapter) => void): void {
  parts.sockets.io.on('new_namespace', (nsp: Namespace) => patch(nsp.adapter as unknown as Adapter));
}

export const CLUSTER_MUTANTS: ClusterMutant[] = [
  {
    id: 'cluster-no-adapter',
    rule: 'a broadcast reaches every subscriber on every node (the nodes run without the Redis adapter: broadcasts stay on their node)',
    killers: ['CHAT-NEW-*', 'CHAT-MOD-*', 'CHAT-DEL-*'],
    options: { withoutBus: () => true },
  },
  {
    id: 'cluster-invite-local-only',
    rule: "an invitation subscribes every socket of the invitee, on every node (only the inviting node's own sockets are subscribed)",
    killers: ['INVITE-*'],
    options: {
      instrument: (_node, parts) => {
        const sockets = parts.sockets as unknown as { namespaceOf(id: string): Namespace | undefined };
        parts.sockets.deliverInvitation = (channel, userIds) => {
          const nsp = sockets.namespaceOf(channel.communityId);
          if (!nsp || userIds.length === 0) return;
          const rooms = userIds.map(userRoom);
          nsp.local.in(rooms).socketsJoin(channelRoom(channel._id));
          nsp.to(rooms).emit('invited-to-channel', channel);
        };
      },
    },
  },
  {
    id: 'cluster-remote-twice',
    rule: "exactly once (D-15): node 2 delivers each broadcast it receives from another node twice",
    killers: ['CHAT-*', 'CROSS-*', 'ORDER-*'],
    options: {
      instrument: (node, parts) => {
        if (node !== 1) return;
        eachAdapter(parts, (adapter) => {
          const original = adapter.onmessage.bind(adapter);
          adapter.onmessage = (pattern, channel, msg) => {
            original(pattern, channel, msg);
            original(pattern, channel, msg);
          };
        });
      },
    },
  },
  {
    id: 'cluster-cross-node-reorder',
    rule: 'per channel, write order on every node (D-15): node 2 swaps each pair of broadcasts it receives from another node',
    killers: ['ORDER-*'],
    options: {
      instrument: (node, parts) => {
        if (node !== 1) return;
        eachAdapter(parts, (adapter) => {
          const original = adapter.onmessage.bind(adapter);
          let held: { args: [unknown, unknown, unknown]; timer: NodeJS.Timeout } | undefined;
          adapter.onmessage = (pattern, channel, msg) => {
            if (held === undefined) {
              // A lone message goes out after a moment; a second one overtakes it.
              const args: [unknown, unknown, unknown] = [pattern, channel, msg];
              held = { args, timer: setTimeout(() => { held = undefined; original(...args); }, 20) };
              return;
            }
            const first = held;
            held = undefined;
            clearTimeout(first.timer);
            original(pattern, channel, msg);
            original(...first.args);
          };
        });
      },
    },
  },
];
