// The CLI's entry: picks a command and hands it the remaining arguments. Each command
// parses its flags with the one parser (flags.ts) and returns the process exit code; this
// file knows no protocol.
import { EXIT } from './exit.ts';
import { kitVersion } from './version.ts';
import { didYouMean } from './flags.ts';

export { EXIT };

type Command = (args: string[]) => Promise<number>;

/**
 * Output to a pipe whose reader has gone (`commu-contract run --list | head -1`): the
 * stream stops writing instead of dying with an EPIPE stack trace, and the command ends
 * as it would have, with its own exit code (a run still writes its reports). Every
 * command writes through process.stdout / process.stderr, so the CLI's entry calls this
 * once for all of them.
 */
export function quietClosedPipes(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
      stream.write = ((_chunk: unknown, encoding?: unknown, callback?: unknown) => {
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
        return true;
      }) as typeof stream.write;
    });
  }
}

/** `maintainer`: a command of the kit's own checkout (not listed for installed users, still runnable). */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command>; maintainer?: true }> = {
  run: { summary: 'run the conformance suites against a target (default: the embedded reference server)', load: async () => (await import('./run.ts')).run },
  report: { summary: 'render reports again from JSON reports: the implementations × cases matrix, or one run\'s formats', load: async () => (await import('./report.ts')).report },
  serve: { summary: 'start the reference server', load: async () => (await import('./serve.ts')).serve },
  load: { summary: 'load a target with N sockets writing chats; count every delivery (loss, duplicates, order)', load: async () => (await import('./load.ts')).load },
  proxy: { summary: 'relay real clients to a real server and report every frame that breaks the contract', load: async () => (await import('./proxy.ts')).proxy },
  lint: { summary: 'validate asyncapi.yaml and openapi.yaml, plus the kit\'s own rules', load: async () => (await import('./lint.ts')).lint },
  generate: { summary: 'generate the typed event maps, REST types and validators from the specs', load: async () => (await import('./generate.ts')).generate, maintainer: true },
};

export function usage(): string {
  const listed = Object.entries(COMMANDS).filter(([, c]) => !c.maintainer);
  const width = Math.max(...listed.map(([name]) => name.length));
  return [
    'usage: commu-contract <command> [options]',
    '       commu-contract --version',
    '',
    'commands:',
    ...listed.map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `commu-contract <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 conformance failures or findings, 2 usage or configuration error, 3 target unreachable, 130/143 interrupted (SIGINT/SIGTERM).',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${kitVersion()}\n`);
    return EXIT.OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const known = Object.keys(COMMANDS).filter((c) => !COMMANDS[c]!.maintainer);
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"${didYouMean(name, known)}`;
    process.stderr.write(`commu-contract: ${what}; commands: ${known.join(', ')} (see \`commu-contract --help\`)\n`);
    return EXIT.USAGE;
  }
  return (await command.load())(rest);
}
