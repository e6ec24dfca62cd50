// The kit's version, from its package.json (two levels up from src/cli and dist/cli alike).
// Its own module so `--version` loads nothing else.
import { readFileSync } from 'node:fs';

export function kitVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
