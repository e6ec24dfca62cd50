#!/usr/bin/env node
// A template of a `--fixtures-cmd` for a real server without the test-only endpoint
// (docs/server.md, "Testing a server without the test endpoint"). Each call creates a NEW
// world in your back end and prints its fixtures document (schemas/Fixtures.yaml) on stdout:
//
//   npx commu-contract run --socket-url http://127.0.0.1:3000 --fixtures-cmd 'node make-world.mjs'
//
// Replace the three functions marked YOUR BACK END with calls into your own code (its
// database, its admin API, its services). The token minting below is what most servers
// accept (HS256 with `_id`, `nickname`, `exp`); use your server's own signer if it differs.
import { createHmac, randomBytes } from 'node:crypto';

const SECRET = process.env.COMMU_JWT_SECRET; // the key YOUR server verifies tokens with
if (!SECRET) {
  process.stderr.write('make-world: set COMMU_JWT_SECRET to the key your server verifies tokens with\n');
  process.exit(2);
}

/** A 24-hex id (the contract's ObjectId); your back end may choose its own. */
const newId = () => randomBytes(12).toString('hex');
const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** An HS256 JWT with the claims the contract's handshake reads (D-45..D-49). */
function mint(claims, { expiresIn = 3600 } = {}) {
  const body = { iat: Math.floor(Date.now() / 1000), ...(expiresIn === null ? {} : { exp: Math.floor(Date.now() / 1000) + expiresIn }), ...claims };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(body)}`;
  return `${unsigned}.${createHmac('sha256', SECRET).update(unsigned).digest('base64url')}`;
}

// ---- YOUR BACK END ------------------------------------------------------------------
async function createUser(nickname) { return { id: newId(), nickname }; /* insert the user */ }
async function createCommunity({ managers }) { return { id: newId() }; /* insert, with its managers */ }
async function createChannel(communityId, { managers, members, visibility }) { return newId(); /* insert, add members */ }
async function addCommunityMembers(communityId, userIds) { /* insert the memberships */ }
// --------------------------------------------------------------------------------------

const run = randomBytes(3).toString('hex');
const roles = ['communityManager', 'channelManager', 'author', 'member', 'outsider', 'stranger', 'invitee1', 'invitee2', 'invitee3'];
const users = {};
for (const role of roles) users[role] = await createUser(`${role}-${run}`);
const id = (r) => users[r].id;

// The world of schemas/Fixtures.yaml (its description names every role's memberships, D-22, D-40).
const main = await createCommunity({ managers: [id('communityManager')] });
await addCommunityMembers(main.id, roles.filter((r) => r !== 'stranger').map(id));
const mainPublic = await createChannel(main.id, { managers: [id('channelManager')], members: [id('channelManager'), id('author'), id('member')], visibility: 'public' });
const mainPrivate = await createChannel(main.id, { managers: [id('channelManager')], members: [id('channelManager'), id('author')], visibility: 'private' });
const other = await createCommunity({ managers: [id('stranger')] });
await addCommunityMembers(other.id, [id('stranger'), id('author')]);
const otherPublic = await createChannel(other.id, { managers: [id('stranger')], members: [id('stranger'), id('author')], visibility: 'public' });

const member = { _id: id('member'), nickname: users.member.nickname };
process.stdout.write(JSON.stringify({
  communities: { main: { id: main.id, channels: { public: mainPublic, private: mainPrivate } }, other: { id: other.id, channels: { public: otherPublic } } },
  users: Object.fromEntries(roles.map((r) => [r, { ...users[r], token: mint({ _id: users[r].id, nickname: users[r].nickname }) }])),
  // Optional: cases that need them are skipped without them (add `--fail-on skip` to refuse that).
  expiredToken: mint({ _id: id('author'), nickname: users.author.nickname }, { expiresIn: -60 }),
  tokens: {
    noExp: mint(member, { expiresIn: null }),
    noId: mint({ nickname: member.nickname }),
    unknownUser: mint({ _id: newId(), nickname: 'nobody' }),
    notYetValid: mint({ ...member, nbf: Math.floor(Date.now() / 1000) + 3600 }),
    nonNumericExp: mint({ ...member, exp: 'soon' }, { expiresIn: null }),
    nullExp: mint({ ...member, exp: null }, { expiresIn: null }),
    noNickname: mint({ _id: member._id }),
  },
}, null, 2) + '\n');
