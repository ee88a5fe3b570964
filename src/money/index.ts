/**
 * @module money
 */
export {};
