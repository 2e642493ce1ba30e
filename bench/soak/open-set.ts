import { keepAliveAgent, nameOf, send } from './scheduler.js';
import type { Workload } from './workload.js';

/** Intakes sent at once while the open set is built: enough to keep the server's cores busy. */
const CONCURRENCY = 8;

/**
 * Brings the province to its steady state before the measured load: `count` complete dossiers
 * received at the counters of its communes in turn, through the API, as many at once as keep the
 * server busy. They join the dossiers that can be looked up and worked on. Progress every tenth.
 */
export async function receiveOpenSet(
  url: string,
  workload: Workload,
  count: number,
  log: (line: string) => void,
): Promise<{ seconds: number; perSecond: number }> {
  const target = new URL(url);
  const agent = keepAliveAgent(CONCURRENCY);
  const startedAt = performance.now();
  let issued = 0;
  let done = 0;
  let nextReport = Math.ceil(count / 10);
  const worker = async () => {
    while (issued < count) {
      const request = workload.openingIntake(++issued);
      const { status, body, error } = await send(agent, target, request);
      if (error || status !== request.expected) throw new Error(error ?? `${nameOf(request)}: ${status} ${body.slice(0, 200)}`);
      request.onSuccess?.(status, body);
      done += 1;
      if (done >= nextReport) {
        const seconds = (performance.now() - startedAt) / 1000;
        log(`  open set: ${done.toLocaleString('en-US')}/${count.toLocaleString('en-US')} received (${(done / seconds).toFixed(0)}/s)`);
        nextReport += Math.ceil(count / 10);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - startedAt) / 1000;
  return { seconds, perSecond: count / seconds };
}
