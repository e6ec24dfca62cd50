// The `commu-contract/types` entry: every type of the contract.
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

export type * from './events.js';

// The REST types. The shared shapes (Chat, ObjectId, …) are the same types as in
// './events.js' and are exported from there; `components['schemas']` has them too.
export type { paths, components, operations } from './openapi.js';
export type {
  CreateChatBody,
  ModifyChatBody,
  InviteBody,
  ChatPage,
  Error400,
  Error401,
  Error403,
  Error404,
  Error405,
  Error413,
  Error500,
  Error503,
  CreatedChat,
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
  ResponseMethodNotAllowed,
  ResponsePayloadTooLarge,
  ResponseServiceUnavailable,
  ParameterChannelId,
  ParameterChatId,
} from './openapi.js';
