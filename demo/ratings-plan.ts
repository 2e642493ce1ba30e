/**
 * What citizens say after a transaction, for the demo: most rate at the counter kiosk, most
 * are very satisfied (the seed reports quote 100 % satisfied, 75.5 % very satisfied); a late
 * result or an apology makes an unsatisfied rating, often with a comment, more likely.
 */
import { addWorkingDays, type WorkingCalendar } from '../src/modules/calendar/index.js';
import { createAccessPolicy } from '../src/modules/org/index.js';
import { answerFeedback, rateTransaction } from '../src/modules/ratings/index.js';
import type { CommandContext } from '../src/platform/audit/audit.js';
import type { Principal } from '../src/platform/auth/principal.js';
import type { Db } from '../src/platform/db/types.js';
import type { Random } from './random.js';

export type PlannedRating = {
  level: 'very_satisfied' | 'satisfied' | 'no_opinion' | 'unsatisfied';
  comment?: string;
  channel: 'kiosk' | 'qr' | 'online';
  attitude?: 'good' | 'fair' | 'poor';
};

const comments = [
  'Phải chờ lâu, cán bộ chưa hướng dẫn rõ thành phần hồ sơ.',
  'Trả kết quả chậm so với giấy hẹn.',
  'Phải đi lại nhiều lần mới hoàn thiện được hồ sơ.',
];

/** Shares of transactions that get a rating: the kiosk is offered after every one, not everyone answers. */
export const RATED_SHARE = { intake: 0.72, return: 0.55 } as const;

export function planRating(random: Random, kind: 'intake' | 'return', trouble: 'none' | 'late' | 'apology'): PlannedRating | undefined {
  if (random.next() > RATED_SHARE[kind]) return undefined;
  const channel = random.next() < 0.85 ? 'kiosk' : kind === 'intake' ? 'qr' : 'online';
  const unhappy = trouble === 'late' ? 0.35 : trouble === 'apology' ? 0.15 : 0.002;
  const draw = random.next();
  if (draw < unhappy) {
    return {
      level: 'unsatisfied',
      channel,
      attitude: random.next() < 0.5 ? 'fair' : 'poor',
      ...(random.next() < 0.7 ? { comment: random.pick(comments) } : {}),
    };
  }
  const rest = (draw - unhappy) / (1 - unhappy);
  const level = rest < 0.755 ? 'very_satisfied' : rest < 0.985 ? 'satisfied' : 'no_opinion';
  return { level, channel, attitude: 'good' };
}

type Staff = { principal: Principal; context: CommandContext };
export type RatingTally = { ratings: number; feedback: number; answered: number };

/** Records a planned rating through the ratings module, and the leader's answer to any feedback it opens. */
export async function recordRating(
  db: Db,
  random: Random,
  input: {
    dossierId: string;
    kind: 'intake' | 'return';
    at: number;
    trouble: 'none' | 'late' | 'apology';
    leader: Staff;
    calendar: WorkingCalendar;
    nowMs: number;
  },
  tally: RatingTally,
): Promise<void> {
  const plan = planRating(random, input.kind, input.trouble);
  const ratedAt = input.at + random.int(1, 4) * 60_000;
  if (!plan || ratedAt > input.nowMs) return;
  const citizen = { actor: { id: null, name: `citizen:${plan.channel}` } };
  const rating = await rateTransaction({ db }, citizen, {
    dossierId: input.dossierId,
    transaction: input.kind,
    channel: plan.channel,
    answers: {
      level: plan.level,
      ...(plan.attitude ? { attitude: plan.attitude } : {}),
      ...(plan.comment ? { comment: plan.comment } : {}),
    },
    now: new Date(ratedAt),
  });
  tally.ratings++;
  if (!rating.feedbackItemId) return;
  tally.feedback++;
  const answerAt = addWorkingDays(input.calendar, ratedAt, random.int(1, 12));
  if (answerAt > input.nowMs || random.next() < 0.1) return;
  await answerFeedback({ db, access: createAccessPolicy(db) }, input.leader.principal, input.leader.context, {
    id: rating.feedbackItemId,
    expectedVersion: 1,
    answer: 'Đơn vị xin tiếp thu ý kiến, đã nhắc nhở cán bộ và rà soát lại quy trình tiếp nhận, trả kết quả.',
    now: new Date(answerAt),
  });
  tally.answered++;
}
