export * from './github.js';
export { default as fetchPrice, fetchPrices } from './prices.js';
