// The reference server's first-error validators: their type.
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

import type { ErrorObject } from 'ajv';

/** Each validator by the SHA-256 of its schema's canonical form; `errors` holds the first violation. */
export declare const validators: Record<string, { (data: unknown): boolean; errors?: ErrorObject[] | null }>;
