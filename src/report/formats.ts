// The report files a run can write, by format: their own module, so the CLI checks a
// --format before the run without loading the writers (they load when the run ends).
export const FILE_FORMATS = ['json', 'junit', 'markdown', 'html'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const REPORT_FILES: Record<FileFormat, string> = {
  json: 'conformance.json',
  junit: 'conformance.junit.xml',
  markdown: 'conformance.md',
  html: 'conformance.html',
};
