/** Satisfaction ratings at the counter, from the receipt QR and online; feedback items; officer and unit scores. */
export { registerRatingRoutes } from './ratings.routes.js';
export { countDossiersWithDislikeOrComplaint, monthlyRatingCounts, sumRatingCounts, type RatingCounts } from './ratings-statistics.js';
export { rateTransaction } from './use-cases/rate-transaction.js';
export { findFeedbackItem, findRateableTransaction, rateableKind, ratedTransactionsOf } from './ratings.repository.js';
export { computeScores } from './use-cases/compute-scores.js';
export { answerFeedback } from './use-cases/answer-feedback.js';
