// The runtime side of `commu-contract/types`: nothing (the entry holds types only).
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

export {};
