// The contract as the rest of the kit sees it: events, acknowledgements and REST
// operations with their schemas, read from asyncapi.yaml and openapi.yaml (and the
// shared schemas they reference). Nothing here restates a shape: every schema is the
// specs' own, inlined.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { DocumentStore, ContractError, isObject, toPointer, type Json, type JsonObject, type Location } from './refs.ts';

export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type Direction = 'clientToServer' | 'serverToClient';

/** A spec location as written in reports and case clauses: `asyncapi.yaml#/operations/receiveChat`. */
export type SpecPointer = string;

export interface MessageDef {
  /** The key under `components/messages`. */
  key: string;
  /** The message `name`: for events, the Socket.IO event name. */
  name: string;
  schema: Json;
  pointer: SpecPointer;
}

export interface EventDef {
  /** The Socket.IO event name (`new-chat`). */
  event: string;
  direction: Direction;
  operationId: string;
  operationPointer: SpecPointer;
  message: MessageDef;
  /** The acknowledgement, for client events whose operation has a `reply`. */
  ack?: MessageDef;
}

export interface RestParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Json;
}

export interface RestOperation {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The OpenAPI path template, `/api/channels/{channelId}/chat`. */
  path: string;
  pointer: SpecPointer;
  parameters: RestParameter[];
  requestBody?: Json;
  /** Response schema by status code (`"201"`). */
  responses: Record<string, Json>;
  testOnly: boolean;
  secured: boolean;
}

export interface Contract {
  root: string;
  version: string;
  /** The namespace address template and its parameter's schema. */
  namespace: { address: string; parameter: string; schema: Json; pointer: SpecPointer };
  events: Record<string, EventDef>;
  rest: Record<string, RestOperation>;
  /** The shared shapes of `schemas/`, by file name (`Fixtures`, `Chat`, …). */
  shapes: Record<string, Json>;
}

export const SPEC_FILES = { asyncapi: 'asyncapi.yaml', openapi: 'openapi.yaml' } as const;
const HTTP_METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
export const SHARED_SHAPES = [
  'ObjectId', 'ChatId', 'Timestamp', 'ChatContent', 'ChatKind', 'Chat', 'LiveChat', 'DeletedChat', 'Channel', 'FailureReason',
  'UserIds', 'InvitedUsers', 'ErrorBody', 'Envelope', 'FixtureUser', 'Fixtures',
] as const;

function str(node: Json | undefined, file: string, pointer: string, what: string): string {
  if (typeof node !== 'string') throw new ContractError(`${what} must be a string`, file, pointer);
  return node;
}

function obj(node: Json | undefined, file: string, pointer: string, what: string): JsonObject {
  if (!isObject(node)) throw new ContractError(`${what} must be an object`, file, pointer);
  return node;
}

/** The namespace of one community, as clients address it (`/socket/commu-<id>`). */
export function namespaceOf(contract: Contract, communityId: string): string {
  return contract.namespace.address.replace(`{${contract.namespace.parameter}}`, communityId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The namespace pattern derived from the contract's address (`/socket/commu-{communityId}`):
 * the parameter may be anything without a slash, so a malformed id still reaches the
 * middleware and is refused with `Forbidden` rather than Socket.IO's "Invalid namespace".
 * Its one capture group is the parameter's value.
 */
export function namespacePattern(contract: Contract): RegExp {
  const { address, parameter } = contract.namespace;
  const [before = '', after = ''] = address.split(`{${parameter}}`);
  return new RegExp(`^${escapeRegExp(before)}([^/]*)${escapeRegExp(after)}$`);
}

/** Loads the contract from the specs under `root` (the package root by default). */
export function loadContract(root: string = PACKAGE_ROOT, store = new DocumentStore()): Contract {
  const asyncFile = join(root, SPEC_FILES.asyncapi);
  const openFile = join(root, SPEC_FILES.openapi);
  const rel = (at: Location): SpecPointer => `${relative(root, at.file)}#${at.pointer}`;

  const asyncDoc = obj(store.load(asyncFile), asyncFile, '', 'the AsyncAPI document');
  // A protocol without a REST API has no openapi.yaml.
  const openDoc = existsSync(openFile) ? obj(store.load(openFile), openFile, '', 'the OpenAPI document') : ({ paths: {} } as JsonObject);

  const message = (at: Location): MessageDef => {
    const { node, at: where } = store.resolve(at);
    const m = obj(node, where.file, where.pointer, 'a message');
    const key = where.pointer.split('/').pop() ?? '';
    return {
      key,
      name: str(m.name, where.file, `${where.pointer}/name`, 'message name'),
      schema: store.schemaAt({ file: where.file, pointer: `${where.pointer}/payload` }),
      pointer: rel(where),
    };
  };

  const events: Record<string, EventDef> = {};
  const operations = obj(asyncDoc.operations, asyncFile, '/operations', 'operations');
  for (const [operationId, opNode] of Object.entries(operations)) {
    const opPointer = `/operations${toPointer([operationId])}`;
    const op = obj(opNode, asyncFile, opPointer, 'an operation');
    const action = str(op.action, asyncFile, `${opPointer}/action`, 'action');
    const messages = Array.isArray(op.messages) ? op.messages : [];
    messages.forEach((_, i) => {
      const msg = message({ file: asyncFile, pointer: `${opPointer}/messages/${i}` });
      const reply = isObject(op.reply) && Array.isArray(op.reply.messages) && op.reply.messages.length > 0
        ? message({ file: asyncFile, pointer: `${opPointer}/reply/messages/0` })
        : undefined;
      events[msg.name] = {
        event: msg.name,
        direction: action === 'receive' ? 'clientToServer' : 'serverToClient',
        operationId,
        operationPointer: `${SPEC_FILES.asyncapi}#${opPointer}`,
        message: msg,
        ...(reply ? { ack: reply } : {}),
      };
    });
  }

  const channels = obj(asyncDoc.channels, asyncFile, '/channels', 'channels');
  const [channelKey, channelNode] = Object.entries(channels)[0] ?? [];
  if (channelKey === undefined) throw new ContractError('no channel', asyncFile, '/channels');
  const channel = obj(channelNode, asyncFile, `/channels/${channelKey}`, 'a channel');
  const address = str(channel.address, asyncFile, `/channels/${channelKey}/address`, 'address');
  const parameter = /\{([^}]+)\}/.exec(address)?.[1];
  if (parameter === undefined) throw new ContractError('the namespace address has no parameter', asyncFile, `/channels/${channelKey}/address`);
  const paramPointer = `/channels/${channelKey}/parameters${toPointer([parameter])}/x-schema`;

  const rest: Record<string, RestOperation> = {};
  const paths = obj(openDoc.paths, openFile, '/paths', 'paths');
  const globalSecurity = Array.isArray(openDoc.security) && openDoc.security.length > 0;
  for (const [path, pathNode] of Object.entries(paths)) {
    const pathPointer = `/paths${toPointer([path])}`;
    const item = obj(pathNode, openFile, pathPointer, 'a path item');
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const opNode = item[method];
      if (!isObject(opNode)) continue;
      const opPointer = `${pathPointer}/${method}`;
      const operationId = str(opNode.operationId, openFile, `${opPointer}/operationId`, 'operationId');
      const parameters: RestParameter[] = [];
      const addParams = (list: Json[], base: string) =>
        list.forEach((_, i) => {
          const { node, at } = store.resolve({ file: openFile, pointer: `${base}/parameters/${i}` });
          const p = obj(node, at.file, at.pointer, 'a parameter');
          parameters.push({
            name: str(p.name, at.file, `${at.pointer}/name`, 'parameter name'),
            in: str(p.in, at.file, `${at.pointer}/in`, 'parameter location') as RestParameter['in'],
            required: p.required === true,
            schema: store.schemaAt({ file: at.file, pointer: `${at.pointer}/schema` }),
          });
        });
      addParams(shared, pathPointer);
      addParams(Array.isArray(opNode.parameters) ? opNode.parameters : [], opPointer);
      const responses: Record<string, Json> = {};
      for (const status of Object.keys(obj(opNode.responses, openFile, `${opPointer}/responses`, 'responses'))) {
        const { node, at } = store.resolve({ file: openFile, pointer: `${opPointer}/responses/${status}` });
        const content = isObject(node) && isObject(node.content) ? node.content['application/json'] : undefined;
        if (isObject(content) && content.schema !== undefined) {
          responses[status] = store.schemaAt({ file: at.file, pointer: `${at.pointer}/content/application~1json/schema` });
        }
      }
      const body = isObject(opNode.requestBody) ? store.resolve({ file: openFile, pointer: `${opPointer}/requestBody` }) : undefined;
      rest[operationId] = {
        operationId,
        method,
        path,
        pointer: `${SPEC_FILES.openapi}#${opPointer}`,
        parameters,
        ...(body
          ? { requestBody: store.schemaAt({ file: body.at.file, pointer: `${body.at.pointer}/content/application~1json/schema` }) }
          : {}),
        responses,
        testOnly: opNode['x-test-only'] === true,
        secured: Array.isArray(opNode.security) ? opNode.security.length > 0 : globalSecurity,
      };
    }
  }

  const shapes: Record<string, Json> = {};
  for (const name of SHARED_SHAPES) {
    const file = join(root, 'schemas', `${name}.yaml`);
    if (existsSync(file)) shapes[name] = store.schemaAt({ file, pointer: '' });
  }
  // Another protocol's shapes: every schemas/*.yaml of its directory.
  if (root !== PACKAGE_ROOT && existsSync(join(root, 'schemas'))) {
    for (const f of readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.yaml'))) shapes[f.slice(0, -5)] ??= store.schemaAt({ file: join(root, 'schemas', f), pointer: '' });
  }

  const info = obj(asyncDoc.info, asyncFile, '/info', 'info');
  return {
    root,
    version: str(info.version, asyncFile, '/info/version', 'version'),
    namespace: { address, parameter, schema: store.schemaAt({ file: asyncFile, pointer: paramPointer }), pointer: `${SPEC_FILES.asyncapi}#/channels/${channelKey}` },
    events,
    rest,
    shapes,
  };
}
