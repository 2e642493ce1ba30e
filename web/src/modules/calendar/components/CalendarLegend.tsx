import { Flex, Typography } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';
import { dayKinds, kindColours } from '../calendarDays';

function Swatch({ background, border, dashed }: { background: string; border: string; dashed?: boolean }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 18,
        height: 18,
        borderRadius: 4,
        background,
        border: `${dashed ? 2 : 1}px ${dashed ? 'dashed' : 'solid'} ${border}`,
      }}
    />
  );
}

/** What the colours of the month grids mean. */
export function CalendarLegend() {
  const { m } = useI18n();
  return (
    <Flex gap={20} wrap align="center" data-testid="calendar-legend" style={{ marginBlock: 16 }}>
      <Typography.Text strong>{m.calendar.legend}:</Typography.Text>
      {dayKinds.map((kind) => (
        <Flex key={kind} gap={6} align="center">
          <Swatch background={kindColours[kind].background} border={kind === 'working' ? '#d9d9d9' : kindColours[kind].border} />
          <span>{m.calendar.kinds[kind]}</span>
        </Flex>
      ))}
      <Flex gap={6} align="center">
        <Swatch background="#ffffff" border="#595959" dashed />
        <span>{m.calendar.unconfirmedLegend}</span>
      </Flex>
    </Flex>
  );
}
