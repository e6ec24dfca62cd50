export * from './model.ts';
export * from './refs.ts';
export * from './validate.ts';
