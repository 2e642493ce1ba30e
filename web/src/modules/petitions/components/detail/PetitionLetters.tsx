import { Card, Typography } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { petitionsApi } from '../../api/petitionsApi';
import { hasHandlingLetter } from '../../petitionText';
import { LetterButtons } from '../LetterButtons';

/** The letter of the petition's handling (proposal to accept, guidance, transfer slip, return), once it has one. */
export function PetitionLetters({ petition }: { petition: Petition }) {
  const { m } = useI18n();
  const t = m.petitions.letters;
  return (
    <Card size="small" title={t.title} style={{ marginBottom: 16 }}>
      {hasHandlingLetter(petition) ? (
        <LetterButtons
          label={`${t.handling}: ${m.petitions.statuses[petition.status]}`}
          download={(format) => petitionsApi.letter(petition, format)}
          testId="petition-letter"
        />
      ) : (
        <Typography.Text type="secondary">{t.none}</Typography.Text>
      )}
    </Card>
  );
}
