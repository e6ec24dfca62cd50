// The entry of a mutant-runner worker thread: tsx's loader is registered per thread, so
// the worker registers it before importing its TypeScript (worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
