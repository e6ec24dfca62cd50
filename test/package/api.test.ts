// The programmatic API: runConformance against the embedded server and against a server
// started with startServer; the report writers; and the compiled dist/ imported by plain
// node (no tsx), as an installed package's consumer does.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConformanceError, renderReport, runConformance, startServer, writeReports } from '../../src/index.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('the programmatic API', () => {
  it('runConformance against the embedded reference server', async () => {
    const { result, gate } = await runConformance({ cases: ['CHAT-NEW-001', 'CHAT-NEW-002'] });
    expect(gate).toBe('conforms');
    expect(result.target.embedded).toBe(true);
    expect(result.cases.map((c) => [c.id, c.verdict])).toEqual([['CHAT-NEW-001', 'pass'], ['CHAT-NEW-002', 'pass']]);
    const dir = mkdtempSync(join(tmpdir(), 'cc-api-'));
    expect(writeReports(result, ['json'], dir)).toEqual([join(dir, 'conformance.json')]);
    expect(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8'))).toEqual(JSON.parse(renderReport(result, 'json')));
  });

  it('runConformance against a server from startServer', async () => {
    const server = await startServer({ testMode: true, log: () => {} });
    try {
      const { result, gate } = await runConformance({ socketUrl: server.socketUrl, apiUrl: server.apiUrl, cases: ['CHAT-NEW-001'] });
      expect(gate).toBe('conforms');
      expect(result.target).toMatchObject({ socketUrl: server.socketUrl, embedded: false });
    } finally {
      await server.close();
    }
  });

  it('refuses a selection of no case', async () => {
    await expect(runConformance({ cases: ['NO-SUCH-*'] })).rejects.toThrow(new ConformanceError('no case selected', 'usage'));
  });

  it('dist/index.js works from plain node (compiled, nothing TypeScript at run time)', async () => {
    const script = `
      import { runConformance, startServer } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
      const server = await startServer({ testMode: true, log: () => {} });
      const { gate } = await runConformance({ socketUrl: server.socketUrl, cases: ['CHAT-NEW-001'] });
      await server.close();
      console.log(gate);
    `;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: tmpdir(), timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout)));
    });
    expect(out).toBe('conforms\n');
  });
});
