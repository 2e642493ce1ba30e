import { FolderOpenOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierForm, IntakeResult } from '@contracts/dossiers';
import { dossiersApi } from '../../api/dossiersApi';
import { formatAppointment } from '../../dossierText';

type Props = { result: IntakeResult; procedureLabel: string | undefined; onNext: () => void };

const printed: Record<IntakeResult['outcome'], DossierForm> = {
  received: 'receipt',
  guided: 'supplement-request',
  refused: 'refusal',
};

/** What the counter tells the applicant: the code and appointment, what is missing, or the refusal. */
export function IntakeOutcome({ result, procedureLabel, onNext }: Props) {
  const { m, locale } = useI18n();
  const t = m.dossiers.intake;
  const navigate = useNavigate();
  const form = printed[result.outcome];
  const printLabel = { received: t.printReceipt, guided: t.printGuidance, refused: t.printRefusal }[result.outcome];
  const title = { received: t.received, guided: t.guided, refused: t.refused }[result.outcome];
  const status = { received: 'success', guided: 'warning', refused: 'error' } as const;

  return (
    <Card data-testid="intake-outcome" data-outcome={result.outcome}>
      <Result status={status[result.outcome]} title={title} subTitle={procedureLabel}>
        {result.outcome === 'received' && result.code && (
          <Flex vertical align="center" gap={8}>
            <Typography.Text type="secondary">{t.code}</Typography.Text>
            <Typography.Title level={1} copyable={{ text: result.code }} style={{ margin: 0, letterSpacing: 1 }} data-testid="intake-code">
              {result.code}
            </Typography.Title>
            <Typography.Text type="secondary">{t.appointment}</Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="intake-due">
              {formatAppointment(result.dueAt, locale)}
            </Typography.Title>
            {result.provisionalDays.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="intake-provisional"
                title={t.provisionalDays.replace(
                  '{days}',
                  result.provisionalDays.map((day) => day.split('-').reverse().join('/')).join(', '),
                )}
              />
            )}
          </Flex>
        )}
        {result.outcome === 'guided' && (
          <div data-testid="intake-missing-list" style={{ maxWidth: 720, margin: '0 auto' }}>
            <Typography.Text strong>{t.missing}</Typography.Text>
            <ol style={{ marginTop: 8 }}>
              {result.missingDocuments.map((document) => (
                <li key={document.index} value={document.index} style={{ marginBottom: 6 }}>
                  {document.name} <Tag>{labelOf(m.procedures.documentForms, document.form) ?? document.form}</Tag>
                </li>
              ))}
            </ol>
          </div>
        )}
      </Result>
      <Flex gap={8} justify="center" wrap style={{ marginTop: 24 }}>
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined />}
          href={dossiersApi.formUrl(result.dossierId, form)}
          target="_blank"
          rel="noopener"
          autoFocus
          data-testid={`form-link-${form}`}
        >
          {printLabel}
        </Button>
        <Button
          size="large"
          icon={<FolderOpenOutlined />}
          onClick={() => navigate(`/dossiers/${result.dossierId}`)}
          data-testid="intake-open-dossier"
        >
          {t.openDossier}
        </Button>
        <Button size="large" icon={<PlusOutlined />} onClick={onNext} data-testid="intake-next">
          {t.next}
        </Button>
      </Flex>
    </Card>
  );
}
