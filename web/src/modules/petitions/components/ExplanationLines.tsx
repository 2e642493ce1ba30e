import { Typography } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';

/** How a due date was derived, line by line, in the reader's language. */
export function ExplanationLines({ lines, testId }: { lines: { vi: string; en: string }[]; testId?: string }) {
  const { locale } = useI18n();
  if (lines.length === 0) return null;
  return (
    <ol data-testid={testId} style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
      {lines.map((line, index) => (
        <li key={index}>
          <Typography.Text style={{ fontSize: 13 }}>{line[locale]}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}
