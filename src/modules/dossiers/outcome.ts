/** Early, on time or late (legal-rules §1.5.7): the end of processing against the statutory appointment, in Vietnam's days. */
export function classifyOutcome(finishedAtMs: number, dueAtMs: number): 'early' | 'on_time' | 'late' {
  if (finishedAtMs > dueAtMs) return 'late';
  const day = (ms: number) => Math.floor((ms + 7 * 3_600_000) / 86_400_000);
  return day(finishedAtMs) < day(dueAtMs) ? 'early' : 'on_time';
}
