/**
 * @module regions
 */
export {};
