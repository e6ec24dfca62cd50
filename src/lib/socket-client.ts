// socket.io-client, loaded through its CommonJS build. Node 20 resolves an `import` of the
// package to its ESM build (`build/esm-debug`), whose graph of ES modules (engine.io-client,
// socket.io-parser and the CommonJS `ws`, `debug` and `xmlhttprequest-ssl` behind them)
// takes about twice as long to load as the same library's `build/cjs` by `require`: ~90
// against ~45 ms here, the largest part of the CLI's start-up. Same source, same API; every
// module of the kit takes the client from here, so one copy is loaded (D-87).
import { createRequire } from 'node:module';
import type * as Client from 'socket.io-client';

const require = createRequire(import.meta.url);

export const { io } = require('socket.io-client') as typeof Client;
export type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
