/**
 * What the demo holds, counted from the dossiers table (not from the generator's intentions):
 * per receiving unit, dossiers received, guided, refused, finished early / on time / late,
 * still open; and the demo accounts table.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../src/platform/db/types.js';
import type { DemoAccount } from './generate-units-and-staff.js';

export type UnitFigures = {
  name: string;
  received: number;
  online: number;
  guided: number;
  refused: number;
  early: number;
  onTime: number;
  late: number;
  withdrawn: number;
  open: number;
  ready: number;
  returned: number;
  rated: number;
  satisfied: number;
  verySatisfied: number;
};

/** Per receiving unit: `firstCode` first, then communes before wards, by code. */
export async function collectFigures(db: Db, firstCode: string): Promise<UnitFigures[]> {
  const result = await db.execute(sql`
    select u.name,
      count(*) filter (where d.code is not null)::int as received,
      count(*) filter (where d.code is not null and d.channel = 'online')::int as online,
      count(*) filter (where d.status = 'guided')::int as guided,
      count(*) filter (where d.status = 'refused')::int as refused,
      count(*) filter (where d.outcome = 'early')::int as early,
      count(*) filter (where d.outcome = 'on_time')::int as "onTime",
      count(*) filter (where d.outcome = 'late')::int as late,
      count(*) filter (where d.status = 'withdrawn')::int as withdrawn,
      count(*) filter (where d.status in ('processing', 'supplement_requested'))::int as open,
      count(*) filter (where d.status = 'result_ready')::int as ready,
      count(*) filter (where d.status = 'returned')::int as returned,
      (select count(*) from ratings r where r.unit_id = u.id)::int as rated,
      (select count(*) from ratings r where r.unit_id = u.id and r.level in ('very_satisfied', 'satisfied'))::int as satisfied,
      (select count(*) from ratings r where r.unit_id = u.id and r.level = 'very_satisfied')::int as "verySatisfied"
    from dossiers d join units u on u.id = d.receiving_unit_id
    group by u.id, u.code, u.name, u.type
    order by u.code = ${firstCode} desc, u.type, u.code`);
  return rowsOf<UnitFigures>(result);
}

/** Early and on time among the dossiers whose processing ended with an outcome. */
export function onTimeRate(figures: Pick<UnitFigures, 'early' | 'onTime' | 'late'>): string {
  const finished = figures.early + figures.onTime + figures.late;
  return finished === 0 ? '—' : `${(((figures.early + figures.onTime) / finished) * 100).toFixed(1)} %`;
}

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)} %`);

function table(headers: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatFigures(figures: UnitFigures[]): string {
  const total = figures.reduce<UnitFigures>(
    (sum, row) => {
      for (const key of Object.keys(sum) as (keyof UnitFigures)[]) if (key !== 'name') sum[key] += row[key];
      return sum;
    },
    {
      name: 'Tổng cộng',
      received: 0,
      online: 0,
      guided: 0,
      refused: 0,
      early: 0,
      onTime: 0,
      late: 0,
      withdrawn: 0,
      open: 0,
      ready: 0,
      returned: 0,
      rated: 0,
      satisfied: 0,
      verySatisfied: 0,
    },
  );
  const headers = [
    'unit',
    'received',
    'online',
    'early',
    'on time',
    'late',
    'on-time rate',
    'open',
    'result ready',
    'returned',
    'withdrawn',
    'guided',
    'refused',
    'rated',
    'satisfied',
    'very satisfied',
  ];
  const rows = [...figures, total].map((row) => [
    row.name,
    ...[row.received, row.online, row.early, row.onTime, row.late].map(String),
    onTimeRate(row),
    ...[row.open, row.ready, row.returned, row.withdrawn, row.guided, row.refused, row.rated].map(String),
    share(row.satisfied, row.rated),
    share(row.verySatisfied, row.rated),
  ]);
  return table(headers, rows, new Set(Array.from({ length: headers.length - 1 }, (_, index) => index + 1)));
}

export function formatAccounts(accounts: DemoAccount[]): string {
  return table(
    ['username', 'password', 'role', 'unit', 'name'],
    accounts.map((account) => [account.username, account.password, account.role, account.unit, account.fullName]),
    new Set(),
  );
}
