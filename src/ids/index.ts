/**
 * @module ids
 */
export {};
