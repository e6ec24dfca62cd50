// Run in a fresh process (`node bench/lib/phases.mjs`): how long each step on the way to
// the first case takes in the compiled CLI (dist/, what `commu-contract run` runs), in the
// order `run` does them. Prints JSON (ms). Plain JavaScript, so nothing but node runs it.
const marks = { 'node boot (to the first line of this script)': performance.now() };
let last = performance.now();
const mark = (name) => {
  const now = performance.now();
  marks[name] = now - last;
  last = now;
};
const dist = new URL('../../dist/', import.meta.url);
await import(new URL('cli/run.js', dist).href);
mark('import dist/cli/run.js and its graph (runner, reports, contract)');
const { loadContract, loadValidators } = await import(new URL('contract/index.js', dist).href);
const contract = loadContract();
mark('loadContract(): the resolved specs, from the digest-keyed cache');
const { loadSuites, flattenCases, SUITES_DIR } = await import(new URL('runner/suites.js', dist).href);
const cases = flattenCases(loadSuites(SUITES_DIR));
mark(`load the suites (${cases.length} cases, from the content-keyed cache)`);
const validators = await loadValidators(contract);
mark(`loadValidators(): import generated/validators.js (${validators.source})`);
const { startServer } = await import(new URL('server/index.js', dist).href);
mark('import the reference server (socket.io, better-sqlite3; jose loads with the first token)');
const server = await startServer({ testMode: true, log: () => {} });
mark('start the embedded server (SQLite in memory, listen, its first-error validators)');
// Through the kit's own HTTP client, as the runner's fixtures provider sends it (D-86).
const { send } = await import(new URL('lib/http-client.js', dist).href);
const { readText } = await import(new URL('runner/bound.js', dist).href);
JSON.parse(await readText(await send(`${server.apiUrl}/api/conformance/fixtures`, { method: 'POST', timeoutMs: 10_000 })));
mark('first fixtures world (the first HTTP request)');
await server.close();
process.stdout.write(`${JSON.stringify(marks)}\n`);
process.exit(0);
