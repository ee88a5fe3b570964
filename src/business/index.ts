/**
 * @module business
 */
export {};
