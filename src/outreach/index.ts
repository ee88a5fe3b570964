/**
 * @module outreach
 */
export {};
