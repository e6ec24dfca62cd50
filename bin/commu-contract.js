#!/usr/bin/env node
// Entry point of the `commu-contract` CLI. The sources are TypeScript; tsx loads them
// directly so the CLI always runs what is in the tree (no stale build output).
import { register } from 'tsx/esm/api';

register();
const { main, quietClosedPipes } = await import('../src/cli/main.ts');
quietClosedPipes();
process.exitCode = await main(process.argv.slice(2));
