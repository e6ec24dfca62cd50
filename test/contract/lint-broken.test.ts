// One planted defect per copy of the repo's specs: `lint --root <copy>` exits 1 and names
// the file and the precise JSON pointer of the defect.
import { afterAll, describe, expect, it } from 'vitest';
import { lintContract, type Finding } from '../../src/contract/lint.ts';
import { brokenCopy, lintIn, scratch, STRING_CHAT_ID, type Edit } from './lint-helpers.ts';

const tmp = scratch();
afterAll(tmp.remove);

interface Case {
  edits: Edit[];
  /**
   * Whether the case needs the AsyncAPI parser and Redocly. Cases of the kit's own rules
   * lint with the own rules only (the tools cost ~0.4 s a run); the others run the whole
   * command and check its exit code.
   */
  tools?: true;
  /** The finding the defect must produce. */
  want: { file: string; pointer: string; rule: string | RegExp };
}

const CASES: [string, Case][] = [
  ['an example that does not validate', {
    tools: true,
    edits: [STRING_CHAT_ID],
    want: { file: 'asyncapi.yaml', pointer: '/components/messages/chat/examples/1/payload/chatId', rule: 'example-valid' },
  }],
  ['a schema example that does not validate', {
    edits: [{ file: 'schemas/Timestamp.yaml', find: "  - '2022-12-11T16:13:24.957Z'", replace: "  - '2022-12-11T16:13:24Z'" }],
    want: { file: 'schemas/Timestamp.yaml', pointer: '/examples/0', rule: 'example-valid' },
  }],
  ['an OpenAPI response example that does not validate', {
    edits: [{ file: 'openapi.yaml', find: 'value: { statusCode: 404, message: chat not found, error: Not Found }', replace: 'value: { statusCode: 404, message: chat not found }' }],
    want: { file: 'openapi.yaml', pointer: '/components/responses/NotFound/content/application~1json/examples/notFound/value/error', rule: 'example-valid' },
  }],
  ['an address placeholder without parameter', {
    edits: [{ file: 'asyncapi.yaml', find: 'address: /socket/commu-{communityId}', replace: 'address: /socket/commu-{communityId}/{room}' }],
    want: { file: 'asyncapi.yaml', pointer: '/channels/community/address', rule: 'address-parameter-declared' },
  }],
  ['a channel parameter without x-schema', {
    edits: [{ file: 'asyncapi.yaml', find: "        x-schema:\n          $ref: './schemas/ObjectId.yaml'\n", replace: '' }],
    want: { file: 'asyncapi.yaml', pointer: '/channels/community/parameters/communityId', rule: 'parameter-x-schema' },
  }],
  ['an unused message', {
    edits: [{ file: 'asyncapi.yaml', find: '  schemas:\n    JoinRequest:', replace: '    orphan:\n      name: orphan\n      payload:\n        type: string\n  schemas:\n    JoinRequest:' }],
    want: { file: 'asyncapi.yaml', pointer: '/components/messages/orphan', rule: 'message-used' },
  }],
  ['an open request schema', {
    edits: [{ file: 'asyncapi.yaml', find: '      additionalProperties: false\n      required: [communityId, channelId, users]', replace: '      required: [communityId, channelId, users]' }],
    want: { file: 'asyncapi.yaml', pointer: '/components/schemas/InviteRequest', rule: 'request-schema-closed' },
  }],
  ['a pattern that needs a Unicode-aware engine (\\P{Cs})', {
    edits: [{ file: 'schemas/ChatContent.yaml', find: "pattern: '^(?:[^\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$'", replace: 'pattern: "^\\\\P{Cs}*$"' }],
    want: { file: 'schemas/ChatContent.yaml', pointer: '/pattern', rule: 'pattern-portable' },
  }],
  ['a required key without its properties (the old DeletedChat)', {
    edits: [{ file: 'schemas/DeletedChat.yaml', find: "    required: [deletedAt]\n    properties:\n      deletedAt:\n        $ref: './Timestamp.yaml'\n", replace: '    required: [deletedAt]\n' }],
    want: { file: 'schemas/DeletedChat.yaml', pointer: '/allOf/1/required', rule: 'required-has-properties' },
  }],
  ['an open REST request body', {
    edits: [{ file: 'openapi.yaml', find: '      additionalProperties: false\n      required: [content]', replace: '      required: [content]' }],
    want: { file: 'openapi.yaml', pointer: '/components/schemas/ModifyChatBody', rule: 'request-schema-closed' },
  }],
  ['a broken OpenAPI (response without description)', {
    tools: true,
    edits: [{ file: 'openapi.yaml', find: '          description: The chat was written.\n', replace: '' }],
    want: { file: 'openapi.yaml', pointer: '/paths/~1api~1channels~1{channelId}~1chat/post/responses/201', rule: 'redocly/struct' },
  }],
  ['an AsyncAPI structural error (bad action)', {
    tools: true,
    edits: [{ file: 'asyncapi.yaml', find: '  sendNewChat:\n    action: send', replace: '  sendNewChat:\n    action: emit' }],
    want: { file: 'asyncapi.yaml', pointer: '/operations/sendNewChat/action', rule: /^asyncapi\// },
  }],
  ['a citation of a decision that does not exist', {
    edits: [{ file: 'schemas/ChatId.yaml', find: 'See D-05.', replace: 'See D-99.' }],
    want: { file: 'schemas/ChatId.yaml', pointer: '/description', rule: 'decision-exists' },
  }],
  ['a spec pointer in docs/decisions.md that does not resolve', {
    edits: [{ file: 'docs/decisions.md', find: '`schemas/ChatKind.yaml`', replace: '`schemas/ChatKind.yaml#/properties/nope`' }],
    want: { file: 'docs/decisions.md', pointer: '', rule: 'doc-spec-pointer' },
  }],
  ['a YAML syntax error', {
    tools: true,
    edits: [{ file: 'schemas/ChatKind.yaml', find: 'enum: [TEXT, IMAGE, SYSTEM]', replace: 'enum: [TEXT, IMAGE, SYSTEM' }],
    want: { file: 'schemas/ChatKind.yaml', pointer: '', rule: 'yaml-syntax' },
  }],
];

describe('lint on broken copies', () => {
  it.each(CASES)('%s', async (name, { edits, tools, want }) => {
    const root = brokenCopy(tmp.dir, name.replace(/\W+/g, '-'), ...edits);
    let findings: Finding[];
    if (tools) {
      const { code, out, err } = await lintIn('--json', '--root', root);
      expect(err).toBe('');
      expect(code).toBe(1);
      findings = (JSON.parse(out) as { findings: Finding[] }).findings;
    } else {
      findings = await lintContract(root, { ownRulesOnly: true });
    }
    const hit = findings.find((f) => f.file === want.file && f.pointer === want.pointer
      && (typeof want.rule === 'string' ? f.rule === want.rule : want.rule.test(f.rule)));
    expect(hit, `no ${String(want.rule)} finding at ${want.file}#${want.pointer} in:\n${JSON.stringify(findings, null, 2)}`).toBeDefined();
  });

  it('reports a YAML error with its line and no stack trace', async () => {
    const root = brokenCopy(tmp.dir, 'yaml-line', { file: 'asyncapi.yaml', find: 'channels:\n  community:', replace: 'channels:\n  community: [' });
    const { code, out } = await lintIn('--root', root);
    expect(code).toBe(1);
    expect(out).toMatch(/^asyncapi\.yaml# {2}yaml-syntax {2}.*line \d+/m);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
