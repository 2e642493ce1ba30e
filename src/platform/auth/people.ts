import type { Queryable } from '../db/types.js';

/**
 * Who an account is, for the pages that show people: the full names of staff by account id. The
 * org module knows them (a staff record has its account's id) and provides the directory at the
 * composition root; an id that is no staff member's (a token, the system) has no name.
 */
export interface PeopleDirectory {
  fullNames(ids: readonly (string | null | undefined)[], on?: Queryable): Promise<Map<string, string>>;
}
