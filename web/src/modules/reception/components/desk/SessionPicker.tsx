import { Select } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Session } from '@contracts/reception';
import { foldedSearch } from '../../receptionText';
import { REGULAR } from './visitForm';

type Props = { sessions: Session[]; value?: string; onChange?: (value: string) => void };

/** Today's sessions of the unit's heads (those not cancelled), or regular reception by the officers. */
export function SessionPicker({ sessions, value, onChange }: Props) {
  const { m } = useI18n();
  const r = m.reception;
  const options = [
    { value: REGULAR, label: r.desk.regular },
    ...sessions
      .filter((session) => session.status !== 'cancelled')
      .map((session) => ({
        value: session.id,
        label: `${session.startsAt}–${session.endsAt} · ${session.hostName} · ${r.kinds[session.kind]}`,
      })),
  ];
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      showSearch={foldedSearch}
      aria-label={r.desk.session}
      style={{ maxWidth: 640 }}
      data-testid="visit-session"
      data-value={value ?? ''}
    />
  );
}
