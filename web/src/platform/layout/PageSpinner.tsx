import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/useI18n';

export function PageSpinner() {
  const { m } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={m.app.loading} />
    </Flex>
  );
}
