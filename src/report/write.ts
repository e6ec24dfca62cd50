// Writes the report files of a run. The runner already replaces the fixtures' tokens by
// labels; this is the last line of defence: any JWT-looking string and any secret the CLI
// knows is masked in every value before any format renders it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../runner/model.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { FILE_FORMATS, type FileFormat, REPORT_FILES } from './formats.ts';

export { FILE_FORMATS, REPORT_FILES, type FileFormat } from './formats.ts';

const RENDER: Record<FileFormat, (r: RunResult) => string> = { json: renderJson, junit: renderJunit, markdown: renderMarkdown, html: renderHtml };

/** One report format rendered as text (what writeReports writes into its file). */
export function renderReport(result: RunResult, format: FileFormat): string {
  return RENDER[format](result);
}

/** Matches a compact JWS (three base64url parts, the first a JSON header). */
export const JWT_PATTERN = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;

/** A copy of `value` with JWT-looking strings and the given secrets masked in every string. */
export function scrub<T>(value: T, secrets: readonly string[] = []): T {
  const known = secrets.filter((s) => s.length >= 8);
  const text = (s: string): string => {
    let out = s.replace(JWT_PATTERN, '«jwt»');
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join('«secret»');
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Renders each format into `dir`; returns the paths written, in format order. */
export function writeReports(result: RunResult, formats: readonly FileFormat[], dir: string): string[] {
  const written: string[] = [];
  if (formats.length === 0) return written;
  mkdirSync(dir, { recursive: true });
  for (const format of FILE_FORMATS) {
    if (!formats.includes(format)) continue;
    const file = join(dir, REPORT_FILES[format]);
    writeFileSync(file, RENDER[format](result));
    written.push(file);
  }
  return written;
}
