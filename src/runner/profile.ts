// A protocol profile: what the engine must know of a protocol that its contract cannot
// say (D-57). It lives beside the protocol's contract and suites, as `profile.yaml` in the
// contract's directory, and is read once per directory. The engine names no event and no
// field of any protocol: every such name comes from here or from the contract.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from '../lib/yaml.ts';
import { cacheKey, readCache, writeCache } from '../lib/cache.ts';
import type { Contract, Json } from '../contract/index.ts';
import type { Expectation } from './model.ts';
import { getPath, interpolate, type Scope } from './values.ts';

/** A request of the protocol: an event and its one payload (a suite value, `${…}` filled in). */
export interface Recipe {
  event: string;
  payload: unknown;
}

export interface FuzzTargetDef {
  /** A client → server event, or (`operation`) a REST operation's request body. */
  event?: string;
  operation?: string;
  /** For a union payload: the branch mutations start from, by its discriminating `const`. */
  branch?: Record<string, string>;
  /** Payload paths (`/channelId`, `/users/*`) filled from the world: one path, or a list to draw from. */
  refs?: Record<string, string | string[]>;
  /** REST path parameters, from the world. */
  params?: Record<string, string>;
  /** Writes an item first (the `write` recipe), as `${fuzzChat}`-like scope name `fuzz.item`. */
  needsItem?: boolean;
}

export interface Profile {
  name: string;
  /** The directory of the contract it belongs to. */
  root: string;
  fixtures: {
    /** The contract's shape (`schemas/NAME.yaml`) a fixtures document follows. */
    shape: string;
    /** The target's test-only endpoint that creates a world (POST). */
    endpoint: string;
    /** Path of the role → `{ token }` map. */
    roles: string;
    /** Path of an optional expired token (crafted variant `expired`). */
    expired?: string;
    /** Path of the optional map of signed variants (`token.variant` names, D-45..D-49). */
    signed?: string;
    /** The endpoint's answer may wrap the document: its member holding it, and the members beside it that say so. */
    envelope?: { document: string; beside: string[] };
    /** Paths that identify a world. */
    worlds: string[];
  };
  /** Scope names (`${main}`) → fixtures paths. */
  scope: Record<string, string>;
  /** An actor's `community:` → the path of the namespace parameter's value; the first is the default. */
  namespaces: Record<string, string>;
  /** Channel keys → fixtures paths; also `${channels.KEY}`. */
  channels: Record<string, string>;
  subscribe?: Recipe & { ackOptional?: boolean };
  write: Recipe & { ok: unknown; item?: string; echo: { event: string; match: unknown }; channelField: string; idField: string };
  roundTrip: Recipe;
  credentials: { subject: string; placeholder: Record<string, unknown> };
  preflight: { user: string; namespace: string };
  fuzz?: {
    refusal: { socket: Expectation; events?: Record<string, Expectation>; rest: Expectation & { status: number } };
    ackOptional?: string[];
    restUser: string;
    channel: string;
    /** The scope name a written item is kept as (default `fuzzChat`). */
    item?: string;
    targets: Record<string, FuzzTargetDef>;
  };
}

export const PROFILE_FILE = 'profile.yaml';

export class ProfileError extends Error {}

const cache = new Map<string, Profile>();

/** The profile of the contract at `root` (its `profile.yaml`), read once. */
export function profileAt(root: string): Profile {
  const hit = cache.get(root);
  if (hit) return hit;
  const file = join(root, PROFILE_FILE);
  if (!existsSync(file)) throw new ProfileError(`${file} does not exist: a contract directory needs a ${PROFILE_FILE} (src/runner/profile.ts says what it holds)`);
  // Parsed once per content (the kit's cache, src/lib/cache.ts): a run from the cache loads no YAML parser.
  const text = readFileSync(file, 'utf8');
  const key = cacheKey(['profile', text]);
  let doc = readCache('profile', key) as Partial<Profile> | null | undefined;
  if (doc === undefined) {
    doc = yaml().parse(text) as Partial<Profile> | null;
    writeCache('profile', key, doc);
  }
  const required: Array<keyof Profile> = ['name', 'fixtures', 'namespaces', 'write', 'roundTrip', 'credentials', 'preflight'];
  const missing = required.filter((k) => doc?.[k] === undefined);
  if (missing.length > 0) throw new ProfileError(`${file} lacks ${missing.join(', ')}`);
  const profile = { scope: {}, channels: {}, ...doc, root } as Profile;
  cache.set(root, profile);
  return profile;
}

/** The profile of `contract`. */
export function profileOf(contract: Contract): Profile {
  return profileAt(contract.root);
}

function at(doc: unknown, path: string): unknown {
  return getPath(doc, path);
}

/** The role → user map of a fixtures document. */
export function usersOf(profile: Profile, fixtures: unknown): Record<string, { token: string } | undefined> {
  return (at(fixtures, profile.fixtures.roles) ?? {}) as Record<string, { token: string } | undefined>;
}

export function expiredTokenOf(profile: Profile, fixtures: unknown): string | undefined {
  const t = profile.fixtures.expired === undefined ? undefined : at(fixtures, profile.fixtures.expired);
  return typeof t === 'string' ? t : undefined;
}

export function signedTokensOf(profile: Profile, fixtures: unknown): Record<string, string | undefined> | undefined {
  const t = profile.fixtures.signed === undefined ? undefined : at(fixtures, profile.fixtures.signed);
  return t !== null && typeof t === 'object' ? (t as Record<string, string | undefined>) : undefined;
}

/** The values that identify a world. */
export function worldIds(profile: Profile, fixtures: unknown): string[] {
  return profile.fixtures.worlds.map((p) => String(at(fixtures, p)));
}

export function channelOf(profile: Profile, fixtures: unknown, key: string): string | undefined {
  const path = profile.channels[key];
  const v = path === undefined ? undefined : at(fixtures, path);
  return typeof v === 'string' ? v : undefined;
}

/** The namespace parameter's value for `community` (default: the profile's first). */
export function namespaceParam(profile: Profile, fixtures: unknown, community: string | undefined): string | undefined {
  const path = profile.namespaces[community ?? Object.keys(profile.namespaces)[0]!];
  const v = path === undefined ? undefined : at(fixtures, path);
  return v === undefined ? undefined : String(v);
}

/** What a case's `${…}` can name: the fixtures, the profile's scope names, `channels`, `nonce`. */
export function caseScope(profile: Profile, fixtures: object, nonce: string): Scope {
  const scope: Scope = { ...fixtures };
  for (const [name, path] of Object.entries(profile.scope)) scope[name] = at(fixtures, path);
  scope.channels = Object.fromEntries(Object.keys(profile.channels).map((k) => [k, channelOf(profile, fixtures, k)]));
  scope.nonce = nonce;
  return scope;
}

/** A recipe's event and argument list with `values` filled in. */
export function request(recipe: Recipe, values: Scope): { event: string; args: unknown[] } {
  return { event: recipe.event, args: [interpolate(recipe.payload, values)] };
}

/** The roles of the fixtures shape (its `users` keys), from the contract. */
export function rolesOf(profile: Profile, contract: Contract): string[] {
  return Object.keys(propertiesAt(contract.shapes[profile.fixtures.shape], profile.fixtures.roles));
}

/** The signed variants the fixtures shape declares (its `tokens` keys), from the contract. */
export function signedVariantsOf(profile: Profile, contract: Contract): string[] {
  const path = profile.fixtures.signed;
  return path === undefined ? [] : Object.keys(propertiesAt(contract.shapes[profile.fixtures.shape], path));
}

function propertiesAt(schema: Json | undefined, path: string): Record<string, Json> {
  let node = schema as { properties?: Record<string, Json> } | undefined;
  for (const part of path.split('.')) node = node?.properties?.[part] as typeof node;
  return (node?.properties ?? {}) as Record<string, Json>;
}
