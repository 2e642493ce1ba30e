import { Descriptions, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Dialogue } from '@contracts/dialogues';
import { formatMinute } from '../../../dossiers/dossierText';
import { DialogueStatusTag } from '../ReceptionTags';

type Participant = Dialogue['participants'][number];

/** A dialogue as planned and, once held, its minutes: who spoke and signed, what was agreed, what still differs. */
export function DialogueDetails({ dialogue }: { dialogue: Dialogue }) {
  const { m, locale } = useI18n();
  const isPhone = useIsPhone();
  const t = m.dialogues.detail;
  const none = m.common.none;
  const absence = dialogue.absence;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: isPhone ? 110 : 170 } }}
        items={[
          { key: 'kind', label: t.kind, children: m.dialogues.kinds[dialogue.kind] },
          { key: 'status', label: t.status, children: <DialogueStatusTag status={dialogue.status} testId="dialogue-status" /> },
          { key: 'host', label: t.host, children: `${dialogue.hostName} (${m.reception.hostBodies[dialogue.hostBody]})` },
          ...(dialogue.coHost ? [{ key: 'coHost', label: t.coHost, children: dialogue.coHost }] : []),
          ...(dialogue.petitionId
            ? [{ key: 'petition', label: t.petition, children: <Link to={`/petitions/${dialogue.petitionId}`}>{t.openPetition}</Link> }]
            : []),
          { key: 'plannedAt', label: t.plannedAt, children: formatMinute(dialogue.plannedAt, locale) },
          { key: 'place', label: t.place, children: `${dialogue.place} · ${m.reception.forms[dialogue.form]}` },
          {
            key: 'invitation',
            label: t.invitation,
            children:
              [dialogue.invitationRef, dialogue.invitationSentAt ? formatMinute(dialogue.invitationSentAt, locale) : null]
                .filter(Boolean)
                .join(' · ') || none,
          },
          ...(dialogue.heldAt ? [{ key: 'heldAt', label: t.heldAt, children: formatMinute(dialogue.heldAt, locale) }] : []),
          ...(dialogue.attendeesCount !== null ? [{ key: 'attendees', label: t.attendees, children: dialogue.attendeesCount }] : []),
          ...(dialogue.minutesRef ? [{ key: 'minutesRef', label: t.minutesRef, children: dialogue.minutesRef }] : []),
          ...(dialogue.agreed
            ? [{ key: 'agreed', label: t.agreed, children: <span style={{ whiteSpace: 'pre-wrap' }}>{dialogue.agreed}</span> }]
            : []),
          ...(dialogue.differences
            ? [
                {
                  key: 'differences',
                  label: t.differences,
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{dialogue.differences}</span>,
                },
              ]
            : []),
          ...(absence
            ? [
                {
                  key: 'absence',
                  label: t.absence,
                  children: (
                    <span>
                      {`${t.notices}: ${absence.notices}`}
                      {absence.goodReason ? ` · ${t.goodReason}` : ''}
                      <br />
                      <Tag color={absence.settlementContinues ? 'orange' : 'default'}>
                        {absence.settlementContinues ? t.settlementContinues : t.settlementWaits}
                      </Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {absence.basis}
                      </Typography.Text>
                    </span>
                  ),
                },
              ]
            : []),
          ...(dialogue.cancelReason ? [{ key: 'cancel', label: t.cancelReason, children: dialogue.cancelReason }] : []),
        ]}
      />
      {dialogue.participants.length > 0 && (
        <Table<Participant>
          size="small"
          style={{ marginTop: 12 }}
          rowKey={(participant) => `${participant.name}:${participant.role}`}
          pagination={false}
          dataSource={dialogue.participants}
          scroll={{ x: 680 }}
          data-testid="dialogue-participants"
          columns={[
            { key: 'name', title: m.dialogues.participants.name, dataIndex: 'name', width: 150 },
            { key: 'role', title: m.dialogues.participants.role, dataIndex: 'role', width: 130 },
            { key: 'opinion', title: m.dialogues.participants.opinion, render: (_value, participant) => participant.opinion ?? none },
            {
              key: 'signed',
              title: m.dialogues.participants.signed,
              width: 120,
              render: (_value, participant) =>
                participant.signed ? (
                  <Tag color="green">{t.signed}</Tag>
                ) : (
                  <Tag color="red">{participant.refusalReason ?? t.notSigned}</Tag>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
