/**
 * @module complaint
 */
export {};
