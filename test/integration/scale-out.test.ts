import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { readConfig } from '../../src/platform/config.js';
import { isMigrated, migrate } from '../../src/platform/db/migrate.js';
import { openDatabase, quoteIdentifier, type Database } from '../../src/platform/db/open-database.js';
import type { App } from '../../src/platform/http/deps.js';
import { verifyAuditChain } from '../../src/platform/audit/verify-audit-chain.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree, fixtureRandom } from '../support/factories.js';
import { adminPassword, Client, openEmptyDatabase, openTestDatabase, signIn } from '../support/test-app.js';

/**
 * Several deployments on one PostgreSQL server, one schema each (MOTCUA_DB_SCHEMA), at once —
 * the condition for schema-based sharding (Citus) when a country-wide deployment outgrows one
 * server. Each deployment connects as its own role that may use its own schema only (and the
 * extensions' functions in `public`), so a query that reached another deployment's schema would
 * fail instead of passing unseen; the deployments then work side by side.
 */
const databaseUrl = process.env.DATABASE_URL;
const suffix = crypto.randomBytes(4).toString('hex');
type Deployment = { schema: string; role: string; owner: Database; database: Database; app: App; admin: Client };
const deployments: Deployment[] = [];

async function deploy(name: string): Promise<Deployment> {
  const schema = `scale_${name}_${suffix}`;
  const role = `motcua_${name}_${suffix}`;
  const password = crypto.randomBytes(12).toString('hex');
  // The operator's part, as a superuser: the schema, its migrations, the first administrator, the role.
  const owner = await openDatabase({ databaseUrl: databaseUrl!, schemaName: schema, maxConnections: 2 });
  await migrate(owner);
  await ensureAdministrator(owner.db, { password: adminPassword });
  const s = quoteIdentifier(schema);
  const r = quoteIdentifier(role);
  await owner.exec(`CREATE ROLE ${r} LOGIN PASSWORD '${password}';
    GRANT USAGE ON SCHEMA ${s} TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r};
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r};`);
  const url = new URL(databaseUrl!);
  url.username = role;
  url.password = password;
  const database = await openDatabase({ databaseUrl: url.toString(), schemaName: schema, maxConnections: 4 });
  // Starting checks the migrations in one query, as the role: all applied, no DDL needed.
  expect(await isMigrated(database)).toBe(true);
  const app = await buildApp({ config: readConfig({ LOG_LEVEL: 'silent', MOTCUA_SIGNIN_RATE_LIMIT: '1000' }), database, logger: false });
  await app.ready();
  return { schema, role, owner, database, app, admin: await signIn(app, 'admin', adminPassword) };
}

describe.skipIf(!databaseUrl)('several deployments on one PostgreSQL server (one schema each)', () => {
  beforeAll(async () => {
    deployments.push(await deploy('a'), await deploy('b'));
  }, 120_000);
  afterAll(async () => {
    for (const deployment of deployments) {
      await deployment.app.close();
      await deployment.database.close();
      await deployment.owner.exec(
        `DROP SCHEMA IF EXISTS ${quoteIdentifier(deployment.schema)} CASCADE; DROP OWNED BY ${quoteIdentifier(deployment.role)}; DROP ROLE IF EXISTS ${quoteIdentifier(deployment.role)};`,
      );
      await deployment.owner.close();
    }
  });

  it("keeps each deployment's role out of the other's schema", async () => {
    const [a, b] = deployments as [Deployment, Deployment];
    await expect(a.database.query(`SELECT count(*) FROM ${quoteIdentifier(b.schema)}.dossiers`)).rejects.toThrow(/permission denied/);
    await expect(b.database.query(`SELECT count(*) FROM ${quoteIdentifier(a.schema)}.audit_log`)).rejects.toThrow(/permission denied/);
  });

  it('serves both at once: intakes, steps, tracking and the audit chain, each within its own schema', async () => {
    const results = await Promise.all(
      deployments.map(async (deployment, index) => {
        const { admin, app } = deployment;
        const random = fixtureRandom();
        const { communes } = await buildUnitTree(admin, { communes: 1, random });
        const commune = communes[0]!;
        const procedure = buildProcedure({ name: `Thủ tục thử ${index + 1}` }, random);
        expect((await admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
        const counter = (await buildStaff(admin, { unitId: commune.id, roles: ['counter_officer'], random })).client;
        const leader = (await buildStaff(admin, { unitId: commune.id, roles: ['leader'], random })).client;
        const built = [];
        for (let n = 0; n < 3 + index; n += 1) {
          built.push(
            await buildDossier(counter, {
              unitId: commune.id,
              procedureCode: procedure.code,
              leader,
              state: 'returned',
              applicant: { phone: `09870000${index}${n}` },
            }),
          );
        }
        for (const [n, dossier] of built.entries()) {
          const page = await new Client(app).get(`/tra-cuu?ma=${dossier.code}&sdt=00${index}${n}`);
          expect(page.statusCode).toBe(200);
        }
        return { count: built.length, codes: built.map((dossier) => dossier.code) };
      }),
    );
    for (const [index, deployment] of deployments.entries()) {
      const [row] = await deployment.database.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
      expect(row!.n).toBe(results[index]!.count);
      expect(await verifyAuditChain(deployment.database.db)).toMatchObject({ ok: true });
    }
  }, 120_000);
});

describe.skipIf(!databaseUrl)('a read replica for the public pages (DATABASE_READ_URL)', () => {
  let primary: Database;
  let replica: Database;
  let app: App;
  beforeAll(async () => {
    primary = await openTestDatabase();
    await ensureAdministrator(primary.db, { password: adminPassword });
    // The replica: another schema with the same tables, filled below the way replication applies rows.
    replica = await openEmptyDatabase();
    await migrate(replica);
    const config = readConfig({ LOG_LEVEL: 'silent', MOTCUA_SIGNIN_RATE_LIMIT: '1000' });
    app = await buildApp({ config, database: primary, readDatabase: replica, logger: false });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await replica?.close();
    await primary?.close();
  });

  it('reads the tracking page on the replica, and asks the primary for what the replica does not have yet', async () => {
    const admin = await signIn(app, 'admin', adminPassword);
    const { communes } = await buildUnitTree(admin, { communes: 1 });
    const here = communes[0]!.id;
    const procedure = buildProcedure({ name: 'Thủ tục trên máy chính (thử)' });
    expect((await admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
    const counter = (await buildStaff(admin, { unitId: here, roles: ['counter_officer'] })).client;
    const copied = await buildDossier(counter, { unitId: here, procedureCode: procedure.code, applicant: { phone: '0987000135' } });
    // Replicate that dossier (as replication applies rows: no triggers, no foreign-key checks), marked so the page shows where it read.
    const from = quoteIdentifier(primary.schemaName);
    await replica.exec(`SET session_replication_role = replica;
      INSERT INTO dossiers SELECT * FROM ${from}.dossiers;
      INSERT INTO dossier_events SELECT * FROM ${from}.dossier_events;
      UPDATE dossiers SET procedure_name = 'Bản sao chỉ đọc (thử)';
      RESET session_replication_role;`);
    const fromReplica = await new Client(app).get(`/tra-cuu?ma=${copied.code}&sdt=0135`);
    expect(fromReplica.statusCode).toBe(200);
    expect(fromReplica.body).toContain('Bản sao chỉ đọc (thử)');

    const fresh = await buildDossier(counter, { unitId: here, procedureCode: procedure.code, applicant: { phone: '0987000246' } });
    const fromPrimary = await new Client(app).get(`/tra-cuu?ma=${fresh.code}&sdt=0246`);
    expect(fromPrimary.statusCode).toBe(200);
    expect(fromPrimary.body).toContain('Thủ tục trên máy chính (thử)');
    expect((await new Client(app).get(`/tra-cuu?ma=${fresh.code}&sdt=9999`)).statusCode).toBe(404);
  });
});

describe('the read-replica setting', () => {
  it('needs DATABASE_URL and a postgres:// address', () => {
    expect(() => readConfig({ DATABASE_READ_URL: 'postgres://replica.example/motcua' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://primary.example/motcua', DATABASE_READ_URL: 'mysql://replica' })).toThrow(
      /postgres:\/\//,
    );
    const config = readConfig({
      DATABASE_URL: 'postgres://primary.example/motcua',
      DATABASE_READ_URL: 'postgres://replica.example/motcua',
    });
    expect(config.databaseReadUrl).toBe('postgres://replica.example/motcua');
    expect(readConfig({}).databaseReadUrl).toBeUndefined();
  });
});
