import type { TablePaginationConfig } from 'antd';
import type { Page } from '../api/client';
import { formatNumber } from '../format/numbers';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';

/** The pagination of a table whose rows the server pages: current page, size, total and the size changer. */
export function useServerPagination(
  page: Page<unknown> | undefined,
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  const { m, locale } = useI18n();
  return {
    current: page?.page ?? 1,
    pageSize: page?.pageSize ?? 20,
    total: page?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => format(m.common.total, { total: formatNumber(total, locale) }),
    onChange,
  };
}
