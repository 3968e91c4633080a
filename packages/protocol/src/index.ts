import './long-off.js';
import { latency } from '../gen/latency.js';

export { latency };
export * from './constants.js';
export * from './codec.js';
export * from './http-types.js';
export * from './error-registry.js';
export * from './metric-table.js';
export * from './metric-code.gen.js';
export * from './server-stats.js';
export * from './view.js';
