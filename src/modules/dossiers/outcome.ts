import { localDayNumberOf } from '../../platform/time/vietnam-time.js';

/** Early, on time or late (legal-rules §1.5.7): the end of processing against the statutory appointment, in Vietnam's days. */
export function classifyOutcome(finishedAtMs: number, dueAtMs: number): 'early' | 'on_time' | 'late' {
  if (finishedAtMs > dueAtMs) return 'late';
  return localDayNumberOf(finishedAtMs) < localDayNumberOf(dueAtMs) ? 'early' : 'on_time';
}
