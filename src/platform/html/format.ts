/** Numbers as Vietnamese pages write them: a dot between thousands, a comma before decimals ("1.838", "98,96 %"). */
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatNumber = (value: number): string => integerFormat.format(value);

/** "97,12 %" — two decimals as Decision 766 rounds; "—" when there is nothing to divide by. */
export const formatPercent = (value: number | null): string => (value === null ? '—' : `${percentFormat.format(value)} %`);
