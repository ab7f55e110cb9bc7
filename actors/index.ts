// The actor layer: XState v5 machines and the pure protocol cores they host, one folder per protocol family.
// Imports engine/ only (and, inside, common/ and sibling families); imported by scenarios/ and the package root.
export * from './common/index.js';
export * from './detection/index.js';
export * from './swim/index.js';
export * from './membership/index.js';
export * from './broadcast/index.js';
export * from './balancing/index.js';
export * from './consensus/index.js';
export * from './hierarchy/index.js';
export * from './registry/index.js';
export * from './variables/index.js';
export * from './optimisation/index.js';
export * from './cluster/index.js';
