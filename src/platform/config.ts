import crypto from 'node:crypto';
import path from 'node:path';
import { parseClockTime } from './time/vietnam-time.js';

/** Every setting the platform reads, from the environment, validated once at start. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A read replica of DATABASE_URL's server for the public pages (tracking): their reads go there, a miss is asked again of the primary. */
  databaseReadUrl: string | undefined;
  dbSchema: string;
  adminPassword: string | undefined;
  /** Public origin used in links and QR codes, e.g. https://dichvucong.example.gov.vn */
  publicUrl: string;
  /** True when the platform is served behind TLS: Secure cookies and HSTS. */
  isBehindTls: boolean;
  /** The reverse proxies whose X-Forwarded-For is believed (addresses, CIDR or loopback/uniquelocal); the client address limits count on. */
  trustProxy: string;
  logLevel: string;
  deploymentName: string;
  deploymentUnitCode: string | undefined;
  oidc: OidcConfig | undefined;
  sessionTtlHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Sign-in attempts allowed per client address per minute. */
  signInRateLimit: number;
  /** Outgoing messages: SMTP URL (smtp://user:pass@host:587), sender, SMS gateway URL and token, polling interval. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  smsUrl: string | undefined;
  smsToken: string | undefined;
  outboxIntervalMs: number;
  /** Officers are warned of petitions and settlements due within this many working days (and of overdue ones), once a day. */
  petitionWarningDays: number;
  /** Whether a reception session held on the head's behalf counts toward the head's legal minimum (not settled in law). */
  receptionDelegatedCounts: boolean;
  /** Folder of the local file store (uploaded scans and results). */
  filesDir: string;
  /** An S3-compatible file store instead of the local folder, when MOTCUA_FILES_S3_ENDPOINT is set. */
  filesS3: S3Config | undefined;
  /** The most all files of one request may weigh together (an online submission's scans). */
  uploadTotalBytes: number;
  /** Signs short-lived cookies (the SSO flow); random per process unless set. */
  cookieSecret: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; otherwise only this host (loopback) may read it. */
  metricsToken: string | undefined;
  /** The server's own backups: folder, daily time (minutes after midnight, Vietnam time; undefined when off) and how many are kept. */
  backup: { dir: string; dailyAtMinutes: number | undefined; keep: number };
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The claim holding the staff username, default preferred_username. */
  usernameClaim: string;
};

export type S3Config = {
  /** Base address of the server; objects are addressed path-style: {endpoint}/{bucket}/{key}. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export class ConfigError extends Error {}

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  }
  const dbSchema = env.MOTCUA_DB_SCHEMA ?? 'public';
  if (!schemaNamePattern.test(dbSchema)) {
    throw new ConfigError(`MOTCUA_DB_SCHEMA must be a lower-case SQL identifier, got "${dbSchema}"`);
  }
  const publicUrl = (env.MOTCUA_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const oidc = readOidcConfig(env, publicUrl);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.MOTCUA_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: readReplicaUrl(env),
    dbSchema,
    adminPassword: env.MOTCUA_ADMIN_PASSWORD || undefined,
    publicUrl,
    isBehindTls: publicUrl.startsWith('https://') || env.MOTCUA_TLS === '1',
    trustProxy: env.MOTCUA_TRUST_PROXY?.trim() || 'loopback',
    logLevel: env.LOG_LEVEL ?? 'info',
    deploymentName: env.MOTCUA_DEPLOYMENT_NAME ?? 'Cổng dịch vụ công',
    deploymentUnitCode: env.MOTCUA_UNIT_CODE || undefined,
    oidc,
    sessionTtlHours: positiveNumber(env, 'MOTCUA_SESSION_TTL_HOURS', 12),
    lockoutThreshold: positiveNumber(env, 'MOTCUA_LOCKOUT_THRESHOLD', 5),
    lockoutMinutes: positiveNumber(env, 'MOTCUA_LOCKOUT_MINUTES', 15),
    signInRateLimit: positiveNumber(env, 'MOTCUA_SIGNIN_RATE_LIMIT', 20),
    smtpUrl: env.MOTCUA_SMTP_URL || undefined,
    mailFrom: env.MOTCUA_MAIL_FROM || undefined,
    smsUrl: env.MOTCUA_SMS_URL || undefined,
    smsToken: env.MOTCUA_SMS_TOKEN || undefined,
    outboxIntervalMs: positiveNumber(env, 'MOTCUA_OUTBOX_INTERVAL_MS', 5000),
    petitionWarningDays: positiveNumber(env, 'MOTCUA_PETITION_WARNING_DAYS', 3),
    receptionDelegatedCounts: env.MOTCUA_RECEPTION_DELEGATED_COUNTS === 'true',
    filesDir: path.resolve(env.MOTCUA_FILES_DIR ?? path.join(env.MOTCUA_DATA_DIR ?? './data', 'files')),
    filesS3: readS3Config(env),
    uploadTotalBytes: positiveNumber(env, 'MOTCUA_UPLOAD_TOTAL_MB', 60) * 1024 * 1024,
    cookieSecret: env.MOTCUA_COOKIE_SECRET || crypto.randomBytes(32).toString('hex'),
    metricsToken: readMetricsToken(env),
    backup: {
      dir: path.resolve(env.MOTCUA_BACKUP_DIR ?? path.join(env.MOTCUA_DATA_DIR ?? './data', 'backups')),
      dailyAtMinutes: readBackupTime(env.MOTCUA_BACKUP_AT),
      keep: positiveNumber(env, 'MOTCUA_BACKUP_KEEP', 7),
    },
  };
}

/** DATABASE_READ_URL: a replica of DATABASE_URL's server; meaningless without a server. */
function readReplicaUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.DATABASE_READ_URL?.trim();
  if (!url) return undefined;
  if (!env.DATABASE_URL) throw new ConfigError('DATABASE_READ_URL names a read replica of DATABASE_URL; set DATABASE_URL too');
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_READ_URL must be a postgres:// address');
  return url;
}

/** MOTCUA_BACKUP_AT: "HH:MM" Vietnam time (default 02:00), or "off". */
function readBackupTime(raw: string | undefined): number | undefined {
  if (raw === 'off') return undefined;
  const minutes = parseClockTime(raw || '02:00');
  if (minutes === undefined || minutes >= 24 * 60) throw new ConfigError(`MOTCUA_BACKUP_AT must be a time HH:MM or "off", got "${raw}"`);
  return minutes;
}

function readMetricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.MOTCUA_METRICS_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < 16) throw new ConfigError('MOTCUA_METRICS_TOKEN must be at least 16 characters long');
  return token;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function readS3Config(env: NodeJS.ProcessEnv): S3Config | undefined {
  const endpoint = env.MOTCUA_FILES_S3_ENDPOINT;
  if (!endpoint) return undefined;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`MOTCUA_FILES_S3_ENDPOINT must be an http(s) address, got "${endpoint}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`MOTCUA_FILES_S3_ENDPOINT must be an http(s) address, got "${endpoint}"`);
  const bucket = env.MOTCUA_FILES_S3_BUCKET;
  const accessKeyId = env.MOTCUA_FILES_S3_ACCESS_KEY;
  const secretAccessKey = env.MOTCUA_FILES_S3_SECRET_KEY;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    throw new ConfigError(
      'MOTCUA_FILES_S3_ENDPOINT needs MOTCUA_FILES_S3_BUCKET, MOTCUA_FILES_S3_ACCESS_KEY and MOTCUA_FILES_S3_SECRET_KEY',
    );
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError(`MOTCUA_FILES_S3_BUCKET must be an S3 bucket name, got "${bucket}"`);
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket,
    region: env.MOTCUA_FILES_S3_REGION || 'us-east-1',
    accessKeyId,
    secretAccessKey,
  };
}

function readOidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  const issuer = env.MOTCUA_OIDC_ISSUER;
  if (!issuer) return undefined;
  const clientId = env.MOTCUA_OIDC_CLIENT_ID;
  const clientSecret = env.MOTCUA_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new ConfigError('MOTCUA_OIDC_ISSUER needs MOTCUA_OIDC_CLIENT_ID and MOTCUA_OIDC_CLIENT_SECRET');
  }
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: env.MOTCUA_OIDC_REDIRECT_URI ?? `${publicUrl}/api/v1/auth/oidc/callback`,
    usernameClaim: env.MOTCUA_OIDC_USERNAME_CLAIM ?? 'preferred_username',
  };
}
