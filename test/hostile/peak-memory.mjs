// Preloaded into the CLI child by hostile.test.ts (`node --import`): when the process
// exits, writes its peak resident set size (process.resourceUsage().maxRSS, in KiB, the
// kernel's high-water mark) as JSON to the file named by CC_PEAK_MEMORY_FILE. Plain
// JavaScript, so that it loads before the CLI registers tsx.
import { writeFileSync } from 'node:fs';

const file = process.env.CC_PEAK_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
  });
}
