import path from 'node:path';
import { expect } from 'vitest';

/**
 * A small deterministic source of variation for test data (mulberry32): the same seed gives the
 * same names, numbers and codes, so a failure seen once can be replayed.
 */
export type Random = {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` decimal digits, leading zeros allowed. */
  digits(count: number): string;
  chance(probability: number): boolean;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
    chance: (probability) => next() < probability,
  };
}

/**
 * The seed of every test file's data: MOTCUA_TEST_SEED or a fixed default. It is kept apart from
 * FC_SEED, so that replaying a property or fuzz run with FC_SEED keeps the data it ran on.
 */
export const fixtureSeed = Number(process.env.MOTCUA_TEST_SEED ?? 20250701);
if (!Number.isSafeInteger(fixtureSeed)) throw new Error(`MOTCUA_TEST_SEED must be an integer, not ${process.env.MOTCUA_TEST_SEED}`);

/** FNV-1a over a text, to give each test file its own stream from the one seed. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

let fileRandom: Random | undefined;

/**
 * The random source of the running test file, from `fixtureSeed` and the file's name, so that the
 * files differ from each other yet each replays the same. The seed is printed once per file.
 */
export function fixtureRandom(): Random {
  if (!fileRandom) {
    const testPath = expect.getState().testPath;
    const file = testPath ? path.basename(testPath) : 'shared';
    fileRandom = createRandom(hash(file, fixtureSeed));
    console.info(`${file}: test data seed ${fixtureSeed} (replay with MOTCUA_TEST_SEED=${fixtureSeed})`);
  }
  return fileRandom;
}
