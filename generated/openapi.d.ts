// REST types (openapi-typescript).
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

export interface paths {
    "/api/channels/{channelId}/chat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a new chat
         * @description The user must be a member of the channel (D-13).
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{channelId}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        /**
         * List the channel's chats
         * @description Members only. The chats that are not deleted, ascending by id, keyset-paginated
         *     (D-19): a page holds the `limit` chats with the highest ids below `before` (all
         *     chats when `before` is absent), in ascending order. `hasMore` says whether older
         *     chats remain; pass `nextBefore` as `before` to read them.
         */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{channelId}/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
                /** @description The chat's id: plain decimal digits without leading zeros, sign, fraction or exponent, at most 9007199254740991; anything else (`007`, `7.0`, `-1`, `6x`) is a 400, never coerced (D-05, D-42, D-44). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a chat
         * @description The author, the channel's manager or the community's manager (D-13). Sets `deletedAt` (and `updatedAt` to the same instant) and keeps `content`.
         */
        delete: operations["deleteChat"];
        options?: never;
        head?: never;
        /**
         * Modify a chat
         * @description The chat's author only (D-13). Changes `content` and `updatedAt`, never `createdAt`.
         */
        patch: operations["modifyChat"];
        trace?: never;
    };
    "/api/channels/{channelId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite community members to the channel
         * @description The same rules and effects as the socket's `invite-users-to-channel` (D-16).
         */
        post: operations["inviteUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conformance/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test-only: create a fresh conformance world
         * @description **Test-only** (D-22). Creates a fresh, isolated world (communities, channels, users with tokens, memberships and managers) and returns its fixtures document. A server offers it only when started in a test mode; otherwise the path is a plain 404. It needs no token.
         */
        post: operations["createFixtures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** CreateChatBody */
        CreateChatBody: {
            /** @constant */
            type: "TEXT";
            content: components["schemas"]["ChatContent"];
        };
        /** ModifyChatBody */
        ModifyChatBody: {
            content: components["schemas"]["ChatContent"];
        };
        /** InviteBody */
        InviteBody: {
            communityId: components["schemas"]["ObjectId"];
            users: components["schemas"]["UserIds"];
        };
        /** ChatPage */
        ChatPage: {
            chats: components["schemas"]["LiveChat"][];
            hasMore: boolean;
            /** @description Present when `hasMore`; the lowest id of this page. */
            nextBefore?: components["schemas"]["ChatId"];
        };
        /**
         * Error400
         * @description The error body of a 400 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 400,
         *       "message": [
         *         "content must be 1 to 300 code points"
         *       ],
         *       "error": "Bad Request"
         *     }
         */
        Error400: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 400;
            /** @constant */
            error?: "Bad Request";
        };
        /**
         * Error401
         * @description The error body of a 401 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 401,
         *       "message": "Unauthorized",
         *       "error": "Unauthorized"
         *     }
         */
        Error401: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 401;
            /** @constant */
            error?: "Unauthorized";
        };
        /**
         * Error403
         * @description The error body of a 403 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 403,
         *       "message": "only the author may modify a chat",
         *       "error": "Forbidden"
         *     }
         */
        Error403: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 403;
            /** @constant */
            error?: "Forbidden";
        };
        /**
         * Error404
         * @description The error body of a 404 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 404,
         *       "message": "chat not found",
         *       "error": "Not Found"
         *     }
         */
        Error404: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 404;
            /** @constant */
            error?: "Not Found";
        };
        /**
         * Error405
         * @description The error body of a 405 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 405,
         *       "message": "PUT is not allowed here (allowed: POST)",
         *       "error": "Method Not Allowed"
         *     }
         */
        Error405: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 405;
            /** @constant */
            error?: "Method Not Allowed";
        };
        /**
         * Error413
         * @description The error body of a 413 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 413,
         *       "message": "the body exceeds 1048576 bytes",
         *       "error": "Payload Too Large"
         *     }
         */
        Error413: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 413;
            /** @constant */
            error?: "Payload Too Large";
        };
        /**
         * Error500
         * @description The error body of a 500 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 500,
         *       "message": "Internal Server Error",
         *       "error": "Internal Server Error"
         *     }
         */
        Error500: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 500;
            /** @constant */
            error?: "Internal Server Error";
        };
        /**
         * Error503
         * @description The error body of a 503 response; `statusCode` and `error` are fixed (D-30).
         * @example {
         *       "statusCode": 503,
         *       "message": "the server is shutting down",
         *       "error": "Service Unavailable"
         *     }
         */
        Error503: components["schemas"]["ErrorBody"] & {
            /** @constant */
            statusCode?: 503;
            /** @constant */
            error?: "Service Unavailable";
        };
        /**
         * CreatedChat
         * @description The chat a REST create answers: a live chat (no `deletedAt`) of `type` `TEXT`, the only kind a client creates (D-11, D-29).
         */
        CreatedChat: components["schemas"]["LiveChat"] & {
            /** @constant */
            type: "TEXT";
        };
        /** ChatResponse201 */
        ChatResponse201: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 201;
            result: components["schemas"]["CreatedChat"];
        };
        /** ChatResponse200 */
        ChatResponse200: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 200;
            result: components["schemas"]["LiveChat"];
        };
        /** DeletedChatResponse200 */
        DeletedChatResponse200: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 200;
            result: components["schemas"]["DeletedChat"];
        };
        /** ChatPageResponse200 */
        ChatPageResponse200: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 200;
            result: components["schemas"]["ChatPage"];
        };
        /** InviteResponse201 */
        InviteResponse201: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 201;
            result: {
                invited: components["schemas"]["InvitedUsers"];
            };
        };
        /** FixturesResponse201 */
        FixturesResponse201: components["schemas"]["Envelope"] & {
            /** @constant */
            statusCode: 201;
            result: components["schemas"]["Fixtures"];
        };
        /**
         * ObjectId
         * @description Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.
         * @example 6394cc8fd1a615bf564d7e75
         */
        ObjectId: string;
        /**
         * ChatContent
         * @description The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `"\ud800"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.
         * @example hi
         */
        ChatContent: string;
        /**
         * Envelope
         * @description The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.
         */
        Envelope: {
            statusCode: number;
            result: unknown;
        };
        /**
         * ChatId
         * @description Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as "6" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.
         * @example 51
         */
        ChatId: number;
        /**
         * ChatKind
         * @description The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.
         * @enum {string}
         */
        ChatKind: "TEXT" | "IMAGE" | "SYSTEM";
        /**
         * Timestamp
         * Format: date-time
         * @description An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.
         * @example 2022-12-11T16:13:24.957Z
         */
        Timestamp: string;
        /**
         * Chat
         * @description A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.
         * @example {
         *       "id": 51,
         *       "type": "TEXT",
         *       "content": "hi",
         *       "senderId": "6394cc8fd1a615bf564d7e75",
         *       "channelId": "6394cd01d1a615bf564d9e4c",
         *       "communityId": "63908b6d2258e789af7d7394",
         *       "createdAt": "2022-12-11T16:13:24.957Z",
         *       "updatedAt": "2022-12-11T16:13:24.957Z"
         *     }
         */
        Chat: {
            id: components["schemas"]["ChatId"];
            type: components["schemas"]["ChatKind"];
            content: components["schemas"]["ChatContent"];
            senderId: components["schemas"]["ObjectId"];
            channelId: components["schemas"]["ObjectId"];
            communityId: components["schemas"]["ObjectId"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            deletedAt?: components["schemas"]["Timestamp"];
        };
        /**
         * LiveChat
         * @description A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.
         * @example {
         *       "id": 51,
         *       "type": "TEXT",
         *       "content": "hi",
         *       "senderId": "6394cc8fd1a615bf564d7e75",
         *       "channelId": "6394cd01d1a615bf564d9e4c",
         *       "communityId": "63908b6d2258e789af7d7394",
         *       "createdAt": "2022-12-11T16:13:24.957Z",
         *       "updatedAt": "2022-12-11T16:13:24.957Z"
         *     }
         */
        LiveChat: components["schemas"]["Chat"] & {
            deletedAt?: never;
        };
        /**
         * ErrorBody
         * @description The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.
         * @example {
         *       "statusCode": 403,
         *       "message": "only the author may modify a chat",
         *       "error": "Forbidden"
         *     }
         */
        ErrorBody: {
            statusCode: number;
            message: string | string[];
            error: string;
        };
        /**
         * DeletedChat
         * @description A `Chat` whose `deletedAt` is set: what `delete-chat` broadcasts and what `DELETE /api/channels/{channelId}/chats/{chatId}` answers. Deleting sets `deletedAt` (and `updatedAt` to the same instant) and keeps `content`. See D-12, D-15.
         * @example {
         *       "id": 51,
         *       "type": "TEXT",
         *       "content": "hi",
         *       "senderId": "6394cc8fd1a615bf564d7e75",
         *       "channelId": "6394cd01d1a615bf564d9e4c",
         *       "communityId": "63908b6d2258e789af7d7394",
         *       "createdAt": "2022-12-11T16:13:24.957Z",
         *       "updatedAt": "2022-12-11T16:15:40.001Z",
         *       "deletedAt": "2022-12-11T16:15:40.001Z"
         *     }
         */
        DeletedChat: components["schemas"]["Chat"] & {
            deletedAt: components["schemas"]["Timestamp"];
        };
        /**
         * UserIds
         * @description The users to invite: 1 to 100 distinct user ids. See D-16.
         * @example [
         *       "63908bdc2258e789af7d73ba",
         *       "63908bcc2258e789af7d73ad"
         *     ]
         */
        UserIds: components["schemas"]["ObjectId"][];
        /**
         * InvitedUsers
         * @description The users an invitation newly added to the channel, in request order. Users who were already members are not listed. See D-16.
         * @example [
         *       "63908bdc2258e789af7d73ba"
         *     ]
         */
        InvitedUsers: components["schemas"]["ObjectId"][];
        /**
         * FixtureUser
         * @description A user of the conformance world, with a token the target accepts.
         */
        FixtureUser: {
            id: components["schemas"]["ObjectId"];
            nickname: string;
            /** @description The raw JWT, without the `Bearer ` scheme word. */
            token: string;
        };
        /**
         * Fixtures
         * @description A fresh, isolated conformance world, as returned by the test-only `POST /api/conformance/fixtures` or written by a server's operators. Community `main` has a public and a private channel; community `other` has one channel. Roles: `communityManager` manages `main` and is in none of its channels; `channelManager` manages both channels of `main` and is a member of both; `author` is a member of both; `member` is a member of the public channel only; `outsider` and `invitee1..3` are members of `main` in none of its channels; `stranger` is a member of `other` (and of its channel) only, and manages both `other` and its channel; no role of `main` manages anything in `other` (D-40). `author` is also a member of `other` and of its channel, so that cases can show one community's channels never leak into another's namespace. See D-22.
         * @example {
         *       "communities": {
         *         "main": {
         *           "id": "63908b6d2258e789af7d7394",
         *           "channels": {
         *             "public": "6394cd01d1a615bf564d9e4c",
         *             "private": "63946d71d0e70368d5be77fa"
         *           }
         *         },
         *         "other": {
         *           "id": "63908b6d2258e789af7d7395",
         *           "channels": {
         *             "public": "6394cd01d1a615bf564d9e4d"
         *           }
         *         }
         *       },
         *       "users": {
         *         "communityManager": {
         *           "id": "63908bdc2258e789af7d73b0",
         *           "nickname": "cm",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "channelManager": {
         *           "id": "63908bdc2258e789af7d73ba",
         *           "nickname": "chm",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "author": {
         *           "id": "6394cc8fd1a615bf564d7e75",
         *           "nickname": "author",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "member": {
         *           "id": "63908bcc2258e789af7d73ad",
         *           "nickname": "member",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "outsider": {
         *           "id": "63908bcc2258e789af7d73a1",
         *           "nickname": "outsider",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "stranger": {
         *           "id": "63908bcc2258e789af7d73a2",
         *           "nickname": "stranger",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "invitee1": {
         *           "id": "63908bcc2258e789af7d73a3",
         *           "nickname": "invitee1",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "invitee2": {
         *           "id": "63908bcc2258e789af7d73a4",
         *           "nickname": "invitee2",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         },
         *         "invitee3": {
         *           "id": "63908bcc2258e789af7d73a5",
         *           "nickname": "invitee3",
         *           "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"
         *         }
         *       }
         *     }
         */
        Fixtures: {
            communities: {
                main: {
                    id: components["schemas"]["ObjectId"];
                    channels: {
                        public: components["schemas"]["ObjectId"];
                        private: components["schemas"]["ObjectId"];
                    };
                };
                other: {
                    id: components["schemas"]["ObjectId"];
                    channels: {
                        public: components["schemas"]["ObjectId"];
                    };
                };
            };
            users: {
                communityManager: components["schemas"]["FixtureUser"];
                channelManager: components["schemas"]["FixtureUser"];
                author: components["schemas"]["FixtureUser"];
                member: components["schemas"]["FixtureUser"];
                outsider: components["schemas"]["FixtureUser"];
                stranger: components["schemas"]["FixtureUser"];
                invitee1: components["schemas"]["FixtureUser"];
                invitee2: components["schemas"]["FixtureUser"];
                invitee3: components["schemas"]["FixtureUser"];
            };
            /** @description Optional: a token of `author`, correctly signed, whose `exp` is in the past. Cases that need it are skipped when it is absent. */
            expiredToken?: string;
            /** @description Optional: variants of `member`'s token that only the holder of the server's key can sign, each correctly signed. Cases that need an absent one are skipped with the reason. See D-45..D-49. */
            tokens?: {
                /** @description Without `exp` (refused, TOKEN_INVALID). */
                noExp?: string;
                /** @description Without `_id` (refused, TOKEN_INVALID). */
                noId?: string;
                /** @description An `_id` that names no user (refused, TOKEN_INVALID). */
                unknownUser?: string;
                /** @description An `nbf` in the future (refused, TOKEN_INVALID). */
                notYetValid?: string;
                /** @description A `crit` header naming an extension the server does not know (refused, TOKEN_INVALID). */
                unknownCrit?: string;
                /** @description An `exp` that is a string (refused, TOKEN_INVALID). */
                nonNumericExp?: string;
                /** @description An `exp` that is null (refused, TOKEN_INVALID). */
                nullExp?: string;
                /** @description Without `nickname` (SHOULD be accepted). */
                noNickname?: string;
                /** @description Valid for a few seconds from the world's creation (the reference server: 3 s): an open connection outlives it, a new handshake after its `exp` is refused with TOKEN_EXPIRED. Useful only in a world created per case. */
                shortLived?: string;
            };
        };
    };
    responses: {
        /** @description Invalid input (body, path or query). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error400"];
            };
        };
        /** @description No token, or a token that is malformed, badly signed or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error401"];
            };
        };
        /** @description The user may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error403"];
            };
        };
        /** @description Unknown channel or chat, or the chat is deleted. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error404"];
            };
        };
        /** @description An unexpected error; nothing was written. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error500"];
            };
        };
        /** @description The path is one of the contract's but not with the method used (D-41). OpenAPI has no place for the methods a path does not declare, so each operation of the path lists it: it is what the path answers to every other method. */
        MethodNotAllowed: {
            headers: {
                /** @description The methods the path offers, comma-separated. */
                Allow?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error405"];
            };
        };
        /** @description The request body exceeds 1 MiB (1048576 bytes); nothing was read or written (D-41). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error413"];
            };
        };
        /** @description The server is shutting down and takes no new request; nothing was written (D-41). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error503"];
            };
        };
    };
    parameters: {
        /** @description The channel's id; a malformed id is a 400. */
        channelId: components["schemas"]["ObjectId"];
        /** @description The chat's id: plain decimal digits without leading zeros, sign, fraction or exponent, at most 9007199254740991; anything else (`007`, `7.0`, `-1`, `6x`) is a 400, never coerced (D-05, D-42, D-44). */
        chatId: components["schemas"]["ChatId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type CreateChatBody = components['schemas']['CreateChatBody'];
export type ModifyChatBody = components['schemas']['ModifyChatBody'];
export type InviteBody = components['schemas']['InviteBody'];
export type ChatPage = components['schemas']['ChatPage'];
export type Error400 = components['schemas']['Error400'];
export type Error401 = components['schemas']['Error401'];
export type Error403 = components['schemas']['Error403'];
export type Error404 = components['schemas']['Error404'];
export type Error405 = components['schemas']['Error405'];
export type Error413 = components['schemas']['Error413'];
export type Error500 = components['schemas']['Error500'];
export type Error503 = components['schemas']['Error503'];
export type CreatedChat = components['schemas']['CreatedChat'];
export type ChatResponse201 = components['schemas']['ChatResponse201'];
export type ChatResponse200 = components['schemas']['ChatResponse200'];
export type DeletedChatResponse200 = components['schemas']['DeletedChatResponse200'];
export type ChatPageResponse200 = components['schemas']['ChatPageResponse200'];
export type InviteResponse201 = components['schemas']['InviteResponse201'];
export type FixturesResponse201 = components['schemas']['FixturesResponse201'];
export type ObjectId = components['schemas']['ObjectId'];
export type ChatContent = components['schemas']['ChatContent'];
export type Envelope = components['schemas']['Envelope'];
export type ChatId = components['schemas']['ChatId'];
export type ChatKind = components['schemas']['ChatKind'];
export type Timestamp = components['schemas']['Timestamp'];
export type Chat = components['schemas']['Chat'];
export type LiveChat = components['schemas']['LiveChat'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type DeletedChat = components['schemas']['DeletedChat'];
export type UserIds = components['schemas']['UserIds'];
export type InvitedUsers = components['schemas']['InvitedUsers'];
export type FixtureUser = components['schemas']['FixtureUser'];
export type Fixtures = components['schemas']['Fixtures'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ParameterChannelId = components['parameters']['channelId'];
export type ParameterChatId = components['parameters']['chatId'];
export type $defs = Record<string, never>;
export interface operations {
    createChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatBody"];
            };
        };
        responses: {
            /** @description The chat was written. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatResponse201"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChats: {
        parameters: {
            query?: {
                /** @description Only chats whose id is lower than this (plain digits, D-42); given twice, a 400. */
                before?: components["schemas"]["ChatId"];
                /** @description The page size, 1 to 100 (default 50), plain digits (D-42); given twice, a 400. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of chats. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPageResponse200"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
                /** @description The chat's id: plain decimal digits without leading zeros, sign, fraction or exponent, at most 9007199254740991; anything else (`007`, `7.0`, `-1`, `6x`) is a 400, never coerced (D-05, D-42, D-44). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted chat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedChatResponse200"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
                /** @description The chat's id: plain decimal digits without leading zeros, sign, fraction or exponent, at most 9007199254740991; anything else (`007`, `7.0`, `-1`, `6x`) is a 400, never coerced (D-05, D-42, D-44). */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyChatBody"];
            };
        };
        responses: {
            /** @description The modified chat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatResponse200"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    inviteUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel's id; a malformed id is a 400. */
                channelId: components["parameters"]["channelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteBody"];
            };
        };
        responses: {
            /** @description The invitation was applied; `invited` lists the users newly added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponse201"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createFixtures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new world. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FixturesResponse201"];
                };
            };
            /** @description The server is not in test mode: the path exists for no method, so this is the plain 404 of an unknown path (never 405), with the error body of a 404 (D-41). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error404"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
