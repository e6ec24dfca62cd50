// Run in a fresh process (`node --import tsx bench/lib/phases.ts [suites-cache.json]`): how
// long each step on the way to the first case takes, in the order `run` does them. Prints
// JSON (ms).
const marks: Record<string, number> = { 'node + tsx boot (to first line of this script)': performance.now() };
let last = performance.now();
const mark = (name: string) => {
  const now = performance.now();
  marks[name] = now - last;
  last = now;
};
await import('../../src/cli/run.ts');
mark('import src/cli/run.ts and its graph (transpile or tsx cache)');
const { loadSuites, flattenCases, SUITES_DIR } = await import('../../src/runner/suites.ts');
const cases = flattenCases(loadSuites(SUITES_DIR));
mark(`load and validate the suites (${cases.length} cases)`);
const { loadContract, Validators } = await import('../../src/contract/index.ts');
const contract = loadContract();
mark('loadContract(): read and resolve asyncapi.yaml, openapi.yaml, schemas/');
const validators = new Validators(contract);
for (const def of Object.values(contract.events)) {
  validators.check(def.message.schema);
  if (def.ack) validators.check(def.ack.schema);
}
mark('compile the event and ack validators (ajv)');
const { startServer } = await import('../../src/server/index.ts');
mark('import the reference server');
const server = await startServer({ testMode: true, log: () => {} });
mark('start the embedded server (its own contract load and validators)');
const res = await fetch(`${server.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
await res.json();
mark('first fixtures world (first HTTP request)');
await server.close();
// The proposal: the same suites read from a JSON cache (written by the parent from loadSuites()).
const cache = process.argv[2];
if (cache) {
  last = performance.now();
  const { readFileSync } = await import('node:fs');
  const cached = JSON.parse(readFileSync(cache, 'utf8')) as unknown[];
  mark(`proposal: the same ${cached.length} suites from a JSON cache (read + JSON.parse)`);
}
// The proposal: the precompiled standalone validators (`npm run generate`) instead of compiling.
last = performance.now();
const precompiled = (await import('../../generated/validators.js')) as Record<string, unknown>;
mark(`proposal: import generated/validators.js instead (${Object.keys(precompiled).length} precompiled validators)`);
process.stdout.write(`${JSON.stringify(marks)}\n`);
