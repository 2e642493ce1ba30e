import type { ReportParagraph, ReportRun } from '@contracts/report-documents';
import { Flex, Tag, Tooltip, Typography, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import { documentDateParts, vietnamDayOf } from '../../reportFormat';
import { useReportsText } from '../../reportsText';

type Props = { run: ReportRun; registry: FigureRegistry };

const paper: CSSProperties = {
  fontFamily: '"Times New Roman", "Noto Serif", Times, serif',
  fontSize: 16,
  lineHeight: 1.5,
  color: '#000',
  background: '#fff',
  maxWidth: 820,
  margin: '0 auto',
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.15)',
};
const centred: CSSProperties = { textAlign: 'center', margin: 0 };
const dots = '……';

/** One paragraph: figures' sentences name their figures on hover, declared figures say so, hints for the writer stay in a muted box. */
function Paragraph({ paragraph, registry }: { paragraph: ReportParagraph; registry: FigureRegistry }) {
  const t = useReportsText();
  const { token } = theme.useToken();
  const body: CSSProperties = { textIndent: '1.27cm', textAlign: 'justify', margin: '0 0 6px', whiteSpace: 'pre-wrap' };
  switch (paragraph.origin) {
    case 'prompt':
      return (
        <div
          style={{
            border: `1px dashed ${token.colorBorder}`,
            background: token.colorFillTertiary,
            color: token.colorTextSecondary,
            fontFamily: token.fontFamily,
            fontSize: 13,
            padding: '6px 10px',
            margin: '4px 0 8px',
            borderRadius: 4,
          }}
          data-origin="prompt"
        >
          <Typography.Text type="secondary" strong style={{ fontSize: 12, display: 'block' }}>
            {t.run.prompt}
          </Typography.Text>
          <span style={{ whiteSpace: 'pre-wrap' }}>{paragraph.text}</span>
        </div>
      );
    case 'generated': {
      const ids = paragraph.figureIds.map((id) => `${id} (${registry.label(id)})`).join('; ');
      return (
        <Tooltip title={paragraph.figureIds.length > 0 ? format(t.run.figuresOf, { ids }) : undefined} placement="topLeft">
          <p style={{ ...body, cursor: 'help' }} data-origin="generated" data-figures={paragraph.figureIds.join(' ')}>
            {paragraph.text}
          </p>
        </Tooltip>
      );
    }
    case 'declared':
      return (
        <p style={body} data-origin="declared">
          <Tag color="purple" style={{ textIndent: 0 }}>
            {t.declarations.badge}
          </Tag>
          {paragraph.text}
        </p>
      );
    case 'free':
      return (
        <p style={body} data-origin="free">
          {paragraph.text}
        </p>
      );
  }
}

/**
 * The report as it will be printed (Decree 30/2020 layout): the issuing body and the national
 * heading, number and date, "BÁO CÁO" and its subject, the range of the figures, the sections, and
 * the recipients beside the signature. Dots stand where the number and the date go until it is signed.
 */
export function ReportPreview({ run, registry }: Props) {
  const t = useReportsText();
  const doc = t.run.document;
  const isPhone = useIsPhone();
  const { content } = run;
  const day = run.signedAt ? documentDateParts(vietnamDayOf(run.signedAt)) : { day: dots, month: dots, year: dots };
  const column: CSSProperties = { flex: isPhone ? '1 1 100%' : '1 1 0', minWidth: 0 };

  return (
    <article style={{ ...paper, padding: isPhone ? '16px 12px' : '40px 56px' }} data-testid="report-preview">
      <Flex gap={isPhone ? 12 : 24} wrap={isPhone} align="start" style={{ fontSize: isPhone ? 14 : 15 }}>
        <div style={{ ...column, flex: isPhone ? '1 1 100%' : '0 0 42%' }}>
          {content.issuer.superior ? <p style={{ ...centred, textTransform: 'uppercase' }}>{content.issuer.superior}</p> : null}
          <p style={{ ...centred, fontWeight: 700, textTransform: 'uppercase' }}>{content.issuer.agency}</p>
          <p style={centred}>—————</p>
          <p style={centred} data-testid="report-number">
            {format(doc.number, { number: run.number || `${dots}/${dots}` })}
          </p>
        </div>
        <div style={column}>
          <p style={{ ...centred, fontWeight: 700 }}>{doc.nation}</p>
          <p style={{ ...centred, fontWeight: 700 }}>{doc.motto}</p>
          <p style={centred}>—————</p>
          <p style={{ ...centred, fontStyle: 'italic' }}>{format(doc.dateLine, { place: content.issuer.place, ...day })}</p>
        </div>
      </Flex>
      <h2 style={{ ...centred, fontSize: 18, fontWeight: 700, marginTop: 28 }}>{(content.title || doc.title).toLocaleUpperCase('vi')}</h2>
      <p style={{ ...centred, fontWeight: 700 }}>{content.subject}</p>
      <p style={{ ...centred, fontStyle: 'italic', marginBottom: 20 }} data-testid="report-range">
        {content.range}
      </p>
      {content.sections.map((section, index) => (
        <section key={`${index}:${section.heading}`}>
          <h3 style={{ fontSize: 16, fontWeight: 700, margin: '14px 0 6px' }}>{section.heading}</h3>
          {section.paragraphs.map((paragraph, at) => (
            <Paragraph key={at} paragraph={paragraph} registry={registry} />
          ))}
        </section>
      ))}
      <Flex gap={24} wrap={isPhone} justify="space-between" align="start" style={{ marginTop: 28 }}>
        <div style={{ ...column, fontSize: 13 }}>
          <p style={{ margin: 0, fontWeight: 700, fontStyle: 'italic', fontSize: 14 }}>{doc.recipients}</p>
          {(run.recipients.length > 0 ? run.recipients : [dots]).map((recipient, index) => (
            <p key={`${index}:${recipient}`} style={{ margin: 0 }}>
              - {recipient};
            </p>
          ))}
        </div>
        <div style={{ ...column, textAlign: 'center' }} data-testid="report-signer">
          <p style={{ margin: 0, fontWeight: 700, whiteSpace: 'pre-line' }}>{run.signerTitle}</p>
          <div style={{ height: 72 }} />
          <p style={{ margin: 0, fontWeight: 700 }}>{run.signerName ?? ''}</p>
        </div>
      </Flex>
    </article>
  );
}
