/**
 * @module lawsuit
 */
export {};
