import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/useI18n';
import { applyFieldErrors } from './fieldErrors';
import { isAbort, isApiError, type FieldProblem, type Problem } from './problem';

export type ProblemHandlerOptions = { form?: FormInstance; fieldMap?: Record<string, string> };

export function describeProblem(problem: Problem, extra: FieldProblem[] = []): string {
  const parts = [problem.title];
  if (problem.detail && problem.detail !== problem.title) parts.push(problem.detail);
  for (const error of extra) parts.push(`${error.field}: ${error.message}`);
  return parts.join(' — ');
}

/**
 * Shows an API error the house way: title and detail in a message, field errors on the form.
 * Returns the problem (or null for aborted requests) so callers can react to a status.
 */
export function useProblemHandler() {
  const { message } = App.useApp();
  const { m } = useI18n();
  return useCallback(
    (error: unknown, options: ProblemHandlerOptions = {}): Problem | null => {
      if (isAbort(error)) return null;
      if (!isApiError(error)) {
        console.error(error);
        void message.error(m.errors.unexpectedTitle);
        return { type: 'about:blank', title: m.errors.unexpectedTitle, status: 0, code: 'CLIENT' };
      }
      const { problem } = error;
      const unmatched = options.form ? applyFieldErrors(options.form, problem.errors, options.fieldMap) : (problem.errors ?? []);
      void message.error({ content: describeProblem(problem, unmatched), duration: 6 });
      return problem;
    },
    [message, m],
  );
}
