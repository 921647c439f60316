/**
 * The time now, in milliseconds since the epoch. One clock is made in the composition
 * root and handed to everything that reads the time, so tests can move it.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
