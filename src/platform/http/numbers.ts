import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` column: a number taken from a request never exceeds it. */
export const maxInt32 = 2_147_483_647;

/** A version or sequence number from a path or query string: 1 … 2,147,483,647. */
export const positiveInt32 = z.coerce.number().int().min(1).max(maxInt32);
