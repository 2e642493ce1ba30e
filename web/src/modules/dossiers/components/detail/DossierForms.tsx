import { FilePdfOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { DossierDetail } from '@contracts/dossiers';
import { dossiersApi } from '../../api/dossiersApi';
import { availableForms } from '../../dossierText';

/** The official forms that exist for the dossier now, each opening as a PDF in a new tab. */
export function DossierForms({ dossier }: { dossier: DossierDetail }) {
  const { m } = useI18n();
  const forms = availableForms(dossier);
  return (
    <Card size="small" title={m.dossiers.detail.printForms} style={{ marginBottom: 16 }} data-testid="dossier-forms">
      {forms.length === 0 ? (
        <Typography.Text type="secondary">{m.dossiers.detail.noForms}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {forms.map((form) => (
            <Typography.Link
              key={form}
              href={dossiersApi.formUrl(dossier.id, form)}
              target="_blank"
              rel="noopener"
              data-testid={`form-link-${form}`}
            >
              <FilePdfOutlined /> {m.dossiers.forms[form] ?? form}
            </Typography.Link>
          ))}
        </Flex>
      )}
    </Card>
  );
}
