import { FormOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { LetterButtons } from '../../../petitions/components/LetterButtons';
import { dialoguesApi } from '../../api/dialoguesApi';
import { DialogueDetails } from './DialogueDetails';
import { MinutesModal } from './MinutesModal';

type Props = { dialogueId: string | null; onClose: () => void; onChanged: () => void };

/** One dialogue: its plan and minutes, the invitation and the minutes to print, the commitments it made; the minutes recorded here. */
export function DialogueDrawer({ dialogueId, onClose, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.dialogues.detail;
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const [tick, setTick] = useState(0);
  const [recording, setRecording] = useState(false);
  const loaded = useApiQuery(dialogueId ? `dialogue:${dialogueId}:${tick}` : null, (signal) => dialoguesApi.get(dialogueId ?? '', signal));
  const current = loaded.data && loaded.data.data.id === dialogueId ? loaded.data : undefined;
  const dialogue = current?.data;
  const reload = () => {
    setRecording(false);
    setTick((value) => value + 1);
    onChanged();
  };

  return (
    <Drawer
      open={dialogueId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      destroyOnHidden
      title={dialogue?.title ?? t.loading}
      extra={
        dialogue?.status === 'planned' && can('reception.host') ? (
          <Button type="primary" icon={<FormOutlined />} onClick={() => setRecording(true)} data-testid="dialogue-record-minutes">
            {t.recordMinutes}
          </Button>
        ) : null
      }
    >
      {!dialogue || !current ? (
        <Spin spinning style={{ display: 'block', padding: 48 }} />
      ) : (
        <Flex vertical gap={12} data-testid="dialogue-drawer" data-status={dialogue.status} data-version={current.version}>
          <DialogueDetails dialogue={dialogue} />
          <div>
            <Divider titlePlacement="start" plain style={{ marginBlock: 8 }}>
              {m.petitions.letters.title}
            </Divider>
            <LetterButtons
              label={t.invitationLetter}
              download={(fileFormat) => dialoguesApi.letter(dialogue, 'invitation', fileFormat)}
              testId="dialogue-letter-invitation"
            />
            {(dialogue.status === 'held' || dialogue.status === 'ended_absent') && (
              <LetterButtons
                label={t.minutesLetter}
                download={(fileFormat) => dialoguesApi.letter(dialogue, 'minutes', fileFormat)}
                testId="dialogue-letter-minutes"
              />
            )}
          </div>
          <div data-testid="dialogue-commitments">
            <Divider titlePlacement="start" plain style={{ marginBlock: 8 }}>
              {format(t.commitments, { count: dialogue.commitmentIds.length })}
            </Divider>
            {dialogue.commitmentIds.length === 0 ? (
              <Typography.Text type="secondary">{t.noCommitments}</Typography.Text>
            ) : (
              <Flex gap={8} wrap>
                {dialogue.commitmentIds.map((id, index) => (
                  <Link key={id} to={`/commitments?open=${id}`} data-testid="dialogue-commitment-link">
                    {format(t.commitment, { n: index + 1 })}
                  </Link>
                ))}
              </Flex>
            )}
          </div>
          <MinutesModal
            dialogue={dialogue}
            version={current.version}
            open={recording}
            onClose={() => setRecording(false)}
            onSaved={reload}
            onStale={reload}
          />
        </Flex>
      )}
    </Drawer>
  );
}
