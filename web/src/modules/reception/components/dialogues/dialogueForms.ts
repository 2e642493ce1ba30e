import type { DialogueKind } from '@contracts/dialogues';
import type { HostBody, ReceptionForm } from '@contracts/reception';
import { nowInVietnam, vietnamLocalToIso } from '../../../../platform/format/dates';
import type { DialogueBody, MinutesBody } from '../../api/dialoguesApi';
import { optionalText } from '../../receptionText';
import { toConclusion, type ConclusionValues } from '../conclusions/conclusionForm';

export type PlanDialogueValues = {
  kind?: DialogueKind;
  hostBody?: HostBody;
  hostName?: string;
  coHost?: string;
  petitionId?: string;
  title?: string;
  plannedAt?: string;
  place?: string;
  form?: ReceptionForm;
  invitationRef?: string;
  invitationSentAt?: string;
};

/** The dialogue the server takes: the co-host for the annual conference, the petition for a complaint case. */
export function toDialogue(unitId: string, values: PlanDialogueValues): DialogueBody {
  const coHost = optionalText(values.coHost);
  const invitationRef = optionalText(values.invitationRef);
  return {
    unitId,
    kind: values.kind ?? 'thematic',
    hostBody: values.hostBody ?? 'peoples_committee',
    hostName: optionalText(values.hostName) ?? '',
    ...(coHost ? { coHost } : {}),
    ...(values.kind === 'complaint_case' && values.petitionId ? { petitionId: values.petitionId } : {}),
    title: optionalText(values.title) ?? '',
    plannedAt: values.plannedAt ? vietnamLocalToIso(values.plannedAt) : '',
    place: optionalText(values.place) ?? '',
    form: values.form ?? 'direct',
    ...(invitationRef ? { invitationRef } : {}),
    ...(values.invitationSentAt ? { invitationSentAt: vietnamLocalToIso(values.invitationSentAt) } : {}),
  };
}

export type ParticipantValues = { name?: string; role?: string; opinion?: string; signed?: boolean; refusalReason?: string };
export type MinutesOutcome = MinutesBody['outcome'];
export type MinutesValues = {
  outcome?: MinutesOutcome;
  heldAt?: string;
  attendeesCount?: number | null;
  participants?: ParticipantValues[];
  agreed?: string;
  differences?: string;
  minutesRef?: string;
  copies?: number | null;
  conclusions?: ConclusionValues[];
  notices?: number | null;
  goodReason?: boolean;
  reason?: string;
};

export const newParticipant: ParticipantValues = { signed: true };

export const newMinutesValues = (): MinutesValues => ({
  outcome: 'held',
  heldAt: nowInVietnam(),
  copies: 3,
  participants: [{ ...newParticipant }],
  conclusions: [],
  notices: 2,
  goodReason: false,
});

/** The minutes the server takes: held with its participants and conclusions, the complainant absent, or cancelled. */
export function toMinutes(values: MinutesValues): MinutesBody {
  const heldAt = values.heldAt ? vietnamLocalToIso(values.heldAt) : '';
  const minutesRef = optionalText(values.minutesRef);
  switch (values.outcome ?? 'held') {
    case 'held': {
      const differences = optionalText(values.differences);
      return {
        outcome: 'held',
        heldAt,
        attendeesCount: values.attendeesCount ?? 0,
        participants: (values.participants ?? []).map((participant) => {
          const opinion = optionalText(participant.opinion);
          const refusalReason = optionalText(participant.refusalReason);
          const signed = participant.signed ?? false;
          return {
            name: optionalText(participant.name) ?? '',
            role: optionalText(participant.role) ?? '',
            ...(opinion ? { opinion } : {}),
            signed,
            ...(!signed && refusalReason ? { refusalReason } : {}),
          };
        }),
        agreed: optionalText(values.agreed) ?? '',
        ...(differences ? { differences } : {}),
        ...(minutesRef ? { minutesRef } : {}),
        copies: values.copies ?? 3,
        conclusions: (values.conclusions ?? []).map(toConclusion),
      };
    }
    case 'ended_absent':
      return {
        outcome: 'ended_absent',
        heldAt,
        notices: values.notices ?? 1,
        goodReason: values.goodReason ?? false,
        ...(minutesRef ? { minutesRef } : {}),
      };
    case 'cancelled':
      return { outcome: 'cancelled', reason: optionalText(values.reason) ?? '' };
  }
}
