import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { IdentityReadModal } from './IdentityReadModal';

/**
 * The petitioner only as the readers' projection gives it: a name and address for a complaint,
 * recommendation or reflection; nothing for a protected one. The identity behind it is read in a
 * dialog, under a clearance, and is gone when the dialog closes.
 */
export function PetitionerCard({ petition }: { petition: Petition }) {
  const { m } = useI18n();
  const t = m.petitions.petitioner;
  const [reading, setReading] = useState(false);
  return (
    <Card size="small" title={t.title} style={{ marginBottom: 16 }} data-testid="petition-petitioner">
      {petition.isAnonymous ? (
        <Alert type="info" showIcon title={t.anonymous} />
      ) : petition.petitioner ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t.name, children: petition.petitioner.fullName },
            ...(petition.petitioner.address ? [{ key: 'address', label: t.address, children: petition.petitioner.address }] : []),
          ]}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          icon={<LockOutlined />}
          title={t.protected}
          description={t.protectedHint}
          data-testid="petitioner-protected"
        />
      )}
      {!petition.isAnonymous && (
        <Button icon={<EyeOutlined />} onClick={() => setReading(true)} style={{ marginTop: 12 }} data-testid="identity-read-open">
          {t.read}
        </Button>
      )}
      <IdentityReadModal open={reading} petitionId={petition.id} onClose={() => setReading(false)} />
    </Card>
  );
}
