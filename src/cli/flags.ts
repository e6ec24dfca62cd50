// The one command-line parser of every subcommand: `--name value`, `--name=value`, `-h`,
// repeatable flags, positionals where a command takes them. A value may start with `-`
// (`--timeout -5` is the number -5, which the command then refuses as not positive; `-`
// names stdout). Every mistake is one UsageError line, with a "did you mean" when a known
// name is close. Pure, apart from commandArgs (which prints the help or the one line).

/** A bad flag or value: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<S extends FlagSpec> = S['type'] extends 'boolean'
  ? (S['multiple'] extends true ? boolean[] : boolean)
  : (S['multiple'] extends true ? string[] : string);

export type FlagValues<O extends FlagSpecs> = { [K in keyof O]?: ValueOf<O[K]> };

export interface Parsed<O extends FlagSpecs> {
  values: FlagValues<O>;
  positionals: string[];
}

/** The edit distance of two short strings (insertions, deletions, substitutions, transpositions). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `given`, if one is close enough to be what was meant. */
export function closest(given: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const dist = name.startsWith(given) && given.length >= 3 ? 0.5 : distance(given, name);
    if (dist < bestDistance) {
      best = name;
      bestDistance = dist;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(given.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean X?)`, or nothing. */
export function didYouMean(given: string, known: readonly string[], prefix = ''): string {
  const near = closest(given, known);
  return near === undefined ? '' : ` (did you mean ${prefix}${near}?)`;
}

/**
 * Parses `argv` against `specs`. Throws UsageError for an unknown flag (naming the closest
 * known one), a missing value, a value given to a boolean flag, or a positional argument
 * where `positionals` is false.
 */
export function parseFlags<O extends FlagSpecs>(argv: readonly string[], specs: O, options: { positionals?: boolean } = {}): Parsed<O> {
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  const names = Object.keys(specs);
  const shorts = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      if (!options.positionals && i + 1 < argv.length) throw new UsageError(`unexpected argument "${argv[i + 1]}"`);
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      const long = shorts.get(arg.slice(1));
      if (long === undefined) throw new UsageError(`unknown option ${arg}${didYouMean(arg.slice(1), names, '--')}`);
      name = long;
    } else {
      if (!options.positionals) {
        const flagLike = /^[a-z][\w-]*$/i.test(arg) ? didYouMean(arg, names, '--') : '';
        throw new UsageError(`unexpected argument "${arg}"${flagLike}`);
      }
      positionals.push(arg);
      continue;
    }
    const spec = specs[name];
    if (spec === undefined) throw new UsageError(`unknown option --${name}${didYouMean(name, names, '--')}`);
    let value: string | boolean;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value (got "${inline}")`);
      value = true;
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      // A value may start with `-` (a negative number, `-` for stdout), not with `--`.
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next))) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    if (spec.multiple) {
      ((values[name] ??= []) as unknown[]).push(value);
    } else {
      values[name] = value; // the last one wins, as with node:util parseArgs
    }
  }
  return { values: values as FlagValues<O>, positionals };
}

/**
 * A command's flags, parsed by the CLI's one parser (flags.ts): the values and positionals,
 * or the exit code when there is nothing to run (`--help` printed: 0; a bad flag: one line
 * naming it, with the closest known flag, 2). `options` gets `--help` / `-h`.
 */
export function commandArgs<O extends FlagSpecs>(command: string, argv: string[], options: O, help: string, config: { positionals?: boolean } = {}): Parsed<O> | number {
  let parsed: Parsed<O & { help: { type: 'boolean'; short: 'h' } }>;
  try {
    parsed = parseFlags(argv, { ...options, help: { type: 'boolean', short: 'h' } as const }, config);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailure(command, err.message);
  }
  if (parsed.values.help) {
    process.stdout.write(help.endsWith('\n') ? help : `${help}\n`);
    return 0;
  }
  return parsed as unknown as Parsed<O>;
}

/** One line on stderr for a usage mistake, pointing at the command's help; exit 2. */
export function usageFailure(command: string, message: string): number {
  process.stderr.write(`commu-contract ${command}: ${message}; see \`commu-contract ${command} --help\`\n`);
  return 2;
}

