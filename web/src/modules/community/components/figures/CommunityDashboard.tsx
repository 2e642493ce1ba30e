import { Flex } from 'antd';
import { todayInVietnam } from '../../../../platform/format/dates';
import { yearToDate } from '../../communityText';
import { LegalAidFiguresCard, MediationFiguresCard, ModelFiguresCard } from './CommunityFiguresPage';

/** The unit's community figures for the year so far, on its dashboard (the figures page chooses other periods). */
export function CommunityDashboard({ unitId }: { unitId: string }) {
  const period = yearToDate(todayInVietnam());
  return (
    <Flex vertical gap={16} data-testid="community-dashboard">
      <MediationFiguresCard unitId={unitId} period={period} />
      <ModelFiguresCard unitId={unitId} period={period} />
      <LegalAidFiguresCard unitId={unitId} period={period} />
    </Flex>
  );
}
