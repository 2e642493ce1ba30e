import type { HostBody, HostRole, ReceptionForm, ReceptionKind } from '@contracts/reception';
import type { SessionBody } from '../../api/receptionApi';
import { optionalText } from '../../receptionText';

export type ScheduleValues = {
  hostBody?: HostBody;
  hostRole?: HostRole;
  hostName?: string;
  kind?: Exclude<ReceptionKind, 'regular'>;
  form?: ReceptionForm;
  place?: string;
  date?: string;
  startsAt?: string;
  endsAt?: string;
  published?: boolean;
  connectedPoints?: string[];
};

export const newSessionValues = (date: string): ScheduleValues => ({
  hostBody: 'peoples_committee',
  hostRole: 'commune_chairman',
  kind: 'periodic',
  form: 'direct',
  date,
  startsAt: '07:30',
  endsAt: '11:30',
  published: true,
  connectedPoints: [],
});

/** The session the server takes from the form: the connected points only for an online session. */
export function toSession(unitId: string, values: ScheduleValues): SessionBody {
  const points = (values.connectedPoints ?? []).map((point) => point.trim()).filter((point) => point.length > 0);
  return {
    unitId,
    hostBody: values.hostBody ?? 'peoples_committee',
    hostRole: values.hostRole ?? 'commune_chairman',
    hostName: optionalText(values.hostName) ?? '',
    kind: values.kind ?? 'periodic',
    form: values.form ?? 'direct',
    place: optionalText(values.place) ?? '',
    date: values.date ?? '',
    ...(values.startsAt ? { startsAt: values.startsAt } : {}),
    ...(values.endsAt ? { endsAt: values.endsAt } : {}),
    published: values.published ?? true,
    connectedPoints: values.form === 'online' ? points : [],
  };
}
