import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { calendarApi } from '../api/calendarApi';

/**
 * For whoever manages the calendar: the holiday rules whose basis is only partly confirmed and on
 * which the deployment has not decided yet, with a way to the calendar page to decide.
 */
export function UndecidedRulesNotice() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const query = useApiQuery('rules', (signal) => calendarApi.rules(signal));
  const undecided = (query.data?.undecidedRules ?? []).map((occasion) => m.calendar.occasions[occasion] ?? occasion);
  if (undecided.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="home-undecided-rules"
      title={m.calendar.rules.undecidedTitle}
      description={format(m.calendar.rules.undecided, { names: undecided.join(', ') })}
      action={
        <Button size="small" onClick={() => navigate('/calendar')}>
          {m.calendar.rules.decide}
        </Button>
      }
    />
  );
}
