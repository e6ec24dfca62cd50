// Precompiled validators (ajv standalone): their types.
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

import type { ErrorObject } from 'ajv';
import type { ContractSchemas, EventAcks, EventPayloads, operations } from './index.js';

/**
 * An ajv validate function: returns whether `data` matches the schema (and narrows it to
 * `T`); when it does not, `errors` lists every violation (compiled with `allErrors`).
 */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

export declare const eventJoin: Validator<EventPayloads["join"]>;
export declare const eventChat: Validator<EventPayloads["chat"]>;
export declare const eventInviteUsersToChannel: Validator<EventPayloads["invite-users-to-channel"]>;
export declare const eventNewChat: Validator<EventPayloads["new-chat"]>;
export declare const eventModifyChat: Validator<EventPayloads["modify-chat"]>;
export declare const eventDeleteChat: Validator<EventPayloads["delete-chat"]>;
export declare const eventInvitedToChannel: Validator<EventPayloads["invited-to-channel"]>;
export declare const eventConnectError: Validator<EventPayloads["connect_error"]>;
export declare const ackJoin: Validator<EventAcks["join"]>;
export declare const ackChat: Validator<EventAcks["chat"]>;
export declare const ackInviteUsersToChannel: Validator<EventAcks["invite-users-to-channel"]>;
export declare const restCreateChatRequest: Validator<NonNullable<operations["createChat"]['requestBody']>['content']['application/json']>;
export declare const restCreateChatResponse201: Validator<operations["createChat"]['responses']["201"]['content']['application/json']>;
export declare const restCreateChatResponse400: Validator<operations["createChat"]['responses']["400"]['content']['application/json']>;
export declare const restCreateChatResponse401: Validator<operations["createChat"]['responses']["401"]['content']['application/json']>;
export declare const restCreateChatResponse403: Validator<operations["createChat"]['responses']["403"]['content']['application/json']>;
export declare const restCreateChatResponse404: Validator<operations["createChat"]['responses']["404"]['content']['application/json']>;
export declare const restCreateChatResponse405: Validator<operations["createChat"]['responses']["405"]['content']['application/json']>;
export declare const restCreateChatResponse413: Validator<operations["createChat"]['responses']["413"]['content']['application/json']>;
export declare const restCreateChatResponse500: Validator<operations["createChat"]['responses']["500"]['content']['application/json']>;
export declare const restCreateChatResponse503: Validator<operations["createChat"]['responses']["503"]['content']['application/json']>;
export declare const restListChatsResponse200: Validator<operations["listChats"]['responses']["200"]['content']['application/json']>;
export declare const restListChatsResponse400: Validator<operations["listChats"]['responses']["400"]['content']['application/json']>;
export declare const restListChatsResponse401: Validator<operations["listChats"]['responses']["401"]['content']['application/json']>;
export declare const restListChatsResponse403: Validator<operations["listChats"]['responses']["403"]['content']['application/json']>;
export declare const restListChatsResponse404: Validator<operations["listChats"]['responses']["404"]['content']['application/json']>;
export declare const restListChatsResponse405: Validator<operations["listChats"]['responses']["405"]['content']['application/json']>;
export declare const restListChatsResponse500: Validator<operations["listChats"]['responses']["500"]['content']['application/json']>;
export declare const restListChatsResponse503: Validator<operations["listChats"]['responses']["503"]['content']['application/json']>;
export declare const restModifyChatRequest: Validator<NonNullable<operations["modifyChat"]['requestBody']>['content']['application/json']>;
export declare const restModifyChatResponse200: Validator<operations["modifyChat"]['responses']["200"]['content']['application/json']>;
export declare const restModifyChatResponse400: Validator<operations["modifyChat"]['responses']["400"]['content']['application/json']>;
export declare const restModifyChatResponse401: Validator<operations["modifyChat"]['responses']["401"]['content']['application/json']>;
export declare const restModifyChatResponse403: Validator<operations["modifyChat"]['responses']["403"]['content']['application/json']>;
export declare const restModifyChatResponse404: Validator<operations["modifyChat"]['responses']["404"]['content']['application/json']>;
export declare const restModifyChatResponse405: Validator<operations["modifyChat"]['responses']["405"]['content']['application/json']>;
export declare const restModifyChatResponse413: Validator<operations["modifyChat"]['responses']["413"]['content']['application/json']>;
export declare const restModifyChatResponse500: Validator<operations["modifyChat"]['responses']["500"]['content']['application/json']>;
export declare const restModifyChatResponse503: Validator<operations["modifyChat"]['responses']["503"]['content']['application/json']>;
export declare const restDeleteChatResponse200: Validator<operations["deleteChat"]['responses']["200"]['content']['application/json']>;
export declare const restDeleteChatResponse400: Validator<operations["deleteChat"]['responses']["400"]['content']['application/json']>;
export declare const restDeleteChatResponse401: Validator<operations["deleteChat"]['responses']["401"]['content']['application/json']>;
export declare const restDeleteChatResponse403: Validator<operations["deleteChat"]['responses']["403"]['content']['application/json']>;
export declare const restDeleteChatResponse404: Validator<operations["deleteChat"]['responses']["404"]['content']['application/json']>;
export declare const restDeleteChatResponse405: Validator<operations["deleteChat"]['responses']["405"]['content']['application/json']>;
export declare const restDeleteChatResponse500: Validator<operations["deleteChat"]['responses']["500"]['content']['application/json']>;
export declare const restDeleteChatResponse503: Validator<operations["deleteChat"]['responses']["503"]['content']['application/json']>;
export declare const restInviteUsersRequest: Validator<NonNullable<operations["inviteUsers"]['requestBody']>['content']['application/json']>;
export declare const restInviteUsersResponse201: Validator<operations["inviteUsers"]['responses']["201"]['content']['application/json']>;
export declare const restInviteUsersResponse400: Validator<operations["inviteUsers"]['responses']["400"]['content']['application/json']>;
export declare const restInviteUsersResponse401: Validator<operations["inviteUsers"]['responses']["401"]['content']['application/json']>;
export declare const restInviteUsersResponse403: Validator<operations["inviteUsers"]['responses']["403"]['content']['application/json']>;
export declare const restInviteUsersResponse404: Validator<operations["inviteUsers"]['responses']["404"]['content']['application/json']>;
export declare const restInviteUsersResponse405: Validator<operations["inviteUsers"]['responses']["405"]['content']['application/json']>;
export declare const restInviteUsersResponse413: Validator<operations["inviteUsers"]['responses']["413"]['content']['application/json']>;
export declare const restInviteUsersResponse500: Validator<operations["inviteUsers"]['responses']["500"]['content']['application/json']>;
export declare const restInviteUsersResponse503: Validator<operations["inviteUsers"]['responses']["503"]['content']['application/json']>;
export declare const restCreateFixturesResponse201: Validator<operations["createFixtures"]['responses']["201"]['content']['application/json']>;
export declare const restCreateFixturesResponse404: Validator<operations["createFixtures"]['responses']["404"]['content']['application/json']>;
export declare const restCreateFixturesResponse503: Validator<operations["createFixtures"]['responses']["503"]['content']['application/json']>;
export declare const shapeObjectId: Validator<ContractSchemas["ObjectId"]>;
export declare const shapeChatId: Validator<ContractSchemas["ChatId"]>;
export declare const shapeTimestamp: Validator<ContractSchemas["Timestamp"]>;
export declare const shapeChatContent: Validator<ContractSchemas["ChatContent"]>;
export declare const shapeChatKind: Validator<ContractSchemas["ChatKind"]>;
export declare const shapeChat: Validator<ContractSchemas["Chat"]>;
export declare const shapeLiveChat: Validator<ContractSchemas["LiveChat"]>;
export declare const shapeDeletedChat: Validator<ContractSchemas["DeletedChat"]>;
export declare const shapeChannel: Validator<ContractSchemas["Channel"]>;
export declare const shapeFailureReason: Validator<ContractSchemas["FailureReason"]>;
export declare const shapeUserIds: Validator<ContractSchemas["UserIds"]>;
export declare const shapeInvitedUsers: Validator<ContractSchemas["InvitedUsers"]>;
export declare const shapeErrorBody: Validator<ContractSchemas["ErrorBody"]>;
export declare const shapeEnvelope: Validator<ContractSchemas["Envelope"]>;
export declare const shapeFixtureUser: Validator<ContractSchemas["FixtureUser"]>;
export declare const shapeFixtures: Validator<ContractSchemas["Fixtures"]>;

/** The SHA-256 of the schemas these validators were compiled from. */
export declare const schemaDigest: string;

/** Every validator, by the contract's own names: event, acknowledged event, operationId and status, shape. */
export declare const validators: {
  events: {
    join: typeof eventJoin;
    chat: typeof eventChat;
    'invite-users-to-channel': typeof eventInviteUsersToChannel;
    'new-chat': typeof eventNewChat;
    'modify-chat': typeof eventModifyChat;
    'delete-chat': typeof eventDeleteChat;
    'invited-to-channel': typeof eventInvitedToChannel;
    connect_error: typeof eventConnectError;
  };
  acks: {
    join: typeof ackJoin;
    chat: typeof ackChat;
    'invite-users-to-channel': typeof ackInviteUsersToChannel;
  };
  rest: {
    createChat: {
      request: typeof restCreateChatRequest;
      responses: {
        "201": typeof restCreateChatResponse201;
        "400": typeof restCreateChatResponse400;
        "401": typeof restCreateChatResponse401;
        "403": typeof restCreateChatResponse403;
        "404": typeof restCreateChatResponse404;
        "405": typeof restCreateChatResponse405;
        "413": typeof restCreateChatResponse413;
        "500": typeof restCreateChatResponse500;
        "503": typeof restCreateChatResponse503;
      };
    };
    listChats: {
      responses: {
        "200": typeof restListChatsResponse200;
        "400": typeof restListChatsResponse400;
        "401": typeof restListChatsResponse401;
        "403": typeof restListChatsResponse403;
        "404": typeof restListChatsResponse404;
        "405": typeof restListChatsResponse405;
        "500": typeof restListChatsResponse500;
        "503": typeof restListChatsResponse503;
      };
    };
    modifyChat: {
      request: typeof restModifyChatRequest;
      responses: {
        "200": typeof restModifyChatResponse200;
        "400": typeof restModifyChatResponse400;
        "401": typeof restModifyChatResponse401;
        "403": typeof restModifyChatResponse403;
        "404": typeof restModifyChatResponse404;
        "405": typeof restModifyChatResponse405;
        "413": typeof restModifyChatResponse413;
        "500": typeof restModifyChatResponse500;
        "503": typeof restModifyChatResponse503;
      };
    };
    deleteChat: {
      responses: {
        "200": typeof restDeleteChatResponse200;
        "400": typeof restDeleteChatResponse400;
        "401": typeof restDeleteChatResponse401;
        "403": typeof restDeleteChatResponse403;
        "404": typeof restDeleteChatResponse404;
        "405": typeof restDeleteChatResponse405;
        "500": typeof restDeleteChatResponse500;
        "503": typeof restDeleteChatResponse503;
      };
    };
    inviteUsers: {
      request: typeof restInviteUsersRequest;
      responses: {
        "201": typeof restInviteUsersResponse201;
        "400": typeof restInviteUsersResponse400;
        "401": typeof restInviteUsersResponse401;
        "403": typeof restInviteUsersResponse403;
        "404": typeof restInviteUsersResponse404;
        "405": typeof restInviteUsersResponse405;
        "413": typeof restInviteUsersResponse413;
        "500": typeof restInviteUsersResponse500;
        "503": typeof restInviteUsersResponse503;
      };
    };
    createFixtures: {
      responses: {
        "201": typeof restCreateFixturesResponse201;
        "404": typeof restCreateFixturesResponse404;
        "503": typeof restCreateFixturesResponse503;
      };
    };
  };
  shapes: {
    ObjectId: typeof shapeObjectId;
    ChatId: typeof shapeChatId;
    Timestamp: typeof shapeTimestamp;
    ChatContent: typeof shapeChatContent;
    ChatKind: typeof shapeChatKind;
    Chat: typeof shapeChat;
    LiveChat: typeof shapeLiveChat;
    DeletedChat: typeof shapeDeletedChat;
    Channel: typeof shapeChannel;
    FailureReason: typeof shapeFailureReason;
    UserIds: typeof shapeUserIds;
    InvitedUsers: typeof shapeInvitedUsers;
    ErrorBody: typeof shapeErrorBody;
    Envelope: typeof shapeEnvelope;
    FixtureUser: typeof shapeFixtureUser;
    Fixtures: typeof shapeFixtures;
  };
};
