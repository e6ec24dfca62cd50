// Starts one mutant reference server in test mode, to watch the kit catch it by hand:
//   npx tsx test/mutants/serve.ts broadcast-echoes-sender [port]
//   npx commu-contract run --socket-url http://127.0.0.1:<port> --case CHAT-NEW-006
import { startServer } from '../../src/server/index.ts';
import { MUTANTS } from './mutants.ts';

const [id, port = '0'] = process.argv.slice(2);
const mutant = MUTANTS.find((m) => m.id === id);
if (!mutant) {
  process.stderr.write(`usage: tsx test/mutants/serve.ts <mutant> [port]\nmutants:\n${MUTANTS.map((m) => `  ${m.id.padEnd(36)} ${m.rule}`).join('\n')}\n`);
  process.exit(2);
}
const server = await startServer({ testMode: true, port: Number(port), log: () => {}, instrument: (parts) => mutant.apply(parts) });
process.stdout.write(`mutant ${mutant.id} (${mutant.rule}) listening on ${server.socketUrl}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
