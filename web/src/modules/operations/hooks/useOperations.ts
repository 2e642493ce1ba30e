import { useApiQuery } from '../../../platform/api/useApiQuery';
import { operationsApi, type OutboxFilter } from '../api/operationsApi';

/** Readiness, the backup schedule and the backups kept. */
export function useOperationsOverview() {
  return useApiQuery('operations', (signal) => operationsApi.overview(signal));
}

/** A page of the outgoing messages that did not go out (or wait), by status and channel; a new `refresh` loads it again. */
export function useOutboxList(filter: OutboxFilter, refresh = 0) {
  return useApiQuery(`outbox:${JSON.stringify(filter)}:${refresh}`, (signal) => operationsApi.outbox(filter, signal));
}
