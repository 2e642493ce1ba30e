import { CheckCircleOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { LetterButtons } from '../../../petitions/components/LetterButtons';
import { receptionApi } from '../../api/receptionApi';
import { AnswerVisitModal } from './AnswerVisitModal';
import { ConvertVisitModal } from './ConvertVisitModal';
import { PersonHistoryCard } from './PersonHistoryCard';
import { VisitDetails } from './VisitDetails';

type Props = { visitId: string | null; onClose: () => void; onChanged: () => void };

/**
 * One entry of the log with what can be done with it: make the oral content a petition, record the
 * answer given to the citizen, print the refusal notice or the receipt, look up earlier visits.
 */
export function VisitDrawer({ visitId, onClose, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.reception.entry;
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const [tick, setTick] = useState(0);
  const [dialog, setDialog] = useState<'convert' | 'answer' | null>(null);
  const [made, setMade] = useState<Petition | null>(null);
  const loaded = useApiQuery(visitId ? `visit:${visitId}:${tick}` : null, (signal) => receptionApi.visit(visitId ?? '', signal));
  const visit = loaded.data && loaded.data.id === visitId ? loaded.data : undefined;
  const canRecord = can('reception.record');
  const canConvert = visit && canRecord && can('petitions.receive') && !visit.petitionId && visit.outcome !== 'refused';
  const canAnswer = visit && canRecord && visit.answerDueAt !== null && visit.answeredAt === null;
  const changed = () => {
    setDialog(null);
    setTick((value) => value + 1);
    onChanged();
  };

  return (
    <Drawer
      open={visitId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      title={visit ? format(t.title, { entryNo: visit.entryNo, year: visit.year }) : t.loading}
      data-testid="visit-drawer"
    >
      {!visit ? (
        <Spin spinning style={{ display: 'block', padding: 48 }} />
      ) : (
        <Flex vertical gap={16} data-testid="visit-entry" data-petition={visit.petitionId ?? ''}>
          <VisitDetails visit={visit} petition={made} />
          {(canConvert || canAnswer) && (
            <Flex gap={8} wrap>
              {canConvert && (
                <Button type="primary" icon={<FileAddOutlined />} onClick={() => setDialog('convert')} data-testid="visit-convert">
                  {t.convert}
                </Button>
              )}
              {canAnswer && (
                <Button icon={<CheckCircleOutlined />} onClick={() => setDialog('answer')} data-testid="visit-answer-open">
                  {t.recordAnswer}
                </Button>
              )}
            </Flex>
          )}
          <div>
            <Divider titlePlacement="start" plain style={{ marginBlock: 8 }}>
              {m.petitions.letters.title}
            </Divider>
            {visit.outcome === 'refused' && (
              <LetterButtons
                label={t.refusalNotice}
                download={(fileFormat) => receptionApi.letter(visit, 'refusal_notice', fileFormat)}
                testId="visit-letter-refusal"
              />
            )}
            {visit.documents.length > 0 && (
              <LetterButtons
                label={t.receipt}
                download={(fileFormat) => receptionApi.letter(visit, 'receipt', fileFormat)}
                testId="visit-letter-receipt"
              />
            )}
            {visit.outcome !== 'refused' && visit.documents.length === 0 && (
              <Typography.Text type="secondary">{t.noLetters}</Typography.Text>
            )}
          </div>
          <PersonHistoryCard unitId={visit.unitId} />
          <ConvertVisitModal
            visit={visit}
            open={dialog === 'convert'}
            onClose={() => setDialog(null)}
            onConverted={(petition) => {
              setMade(petition);
              changed();
            }}
          />
          <AnswerVisitModal visit={visit} open={dialog === 'answer'} onClose={() => setDialog(null)} onAnswered={changed} />
        </Flex>
      )}
    </Drawer>
  );
}
