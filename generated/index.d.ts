// The `commu-contract/types` entry: every type of the contract.
// generated from asyncapi.yaml/openapi.yaml (contract v1.0.0) by `npm run generate`; do not edit.

export type * from './events.js';

// The REST types. The shared shapes (Chat, ObjectId, …) are the same types as in
// './events.js' and are exported from there; `components['schemas']` has them too.
export type { paths, components, operations } from './openapi.js';
export type {
  CreateChatBody,
  ModifyChatBody,
  InviteBody,
  ChatPage,
  ChatResponse201,
  ChatResponse200,
  DeletedChatResponse200,
  ChatPageResponse200,
  InviteResponse201,
  FixturesResponse201,
  ResponseBadRequest,
  ResponseUnauthorized,
  ResponseForbidden,
  ResponseNotFound,
  ResponseInternalError,
  ParameterChannelId,
  ParameterChatId,
} from './openapi.js';
