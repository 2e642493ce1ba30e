import type { Actor, Fixtures, Req } from './matrix-fixtures.js';
import { uniqueCode } from './test-app.js';
import { vietnamToday } from './matrix-fixtures.js';

/** The vocabulary of the permission matrix: who is expected to be allowed, how a request is built, who controls it. */

export type Allow = (actor: Actor) => boolean;
export const isActive = (actor: Actor) => actor.state === 'active';
/** Citizen pages and sign-in: anybody. */
export const anyone: Allow = () => true;
/** Any session, even one that must still change its password (session, password change). */
export const sessions: Allow = (actor) => actor.kind === 'session' && (actor.state === 'active' || actor.state === 'must-change');
/** Anyone but an API token: the session probe answers a visitor that it is not signed in. */
export const browsers: Allow = (actor) => actor.kind !== 'token';
/** Any active session or token (lists filtered by reach, the role names). */
export const signedIn: Allow = isActive;
export const activeSessions: Allow = (actor) => isActive(actor) && actor.kind === 'session';
/** Anybody holding a role: units, calendars and the catalogue are read deployment-wide. */
export const staff: Allow = (actor) => isActive(actor) && actor.role !== null;
export const administratorsOfA: Allow = (actor) => isActive(actor) && actor.role === 'administrator';
/** Nobody at A: B's resources and the deployment's. */
export const nobody: Allow = () => false;

export type Made = Record<string, any>;
export type Build = (fx: Fixtures, made: Made) => Req | Promise<Req>;
/** Who makes the request once the callers at A are done; `shows`: its answer carries B's canary (so a leak would be seen). */
export type Control = { as: keyof Fixtures['controls']; request?: Build; status?: number; shows?: boolean };
/** `showsB`: the request carries one of B's own capabilities (a kiosk token of B), so its answer may show B's data. */
export type Case = {
  label?: string;
  allow: Allow;
  request: Build;
  setup?: (fx: Fixtures) => Promise<Made>;
  control?: Control;
  last?: boolean;
  showsB?: boolean;
};

export const period = () => `from=${vietnamToday().slice(0, 4)}-01-01&to=${vietnamToday()}`;
export const admin: Control = { as: 'admin' };
export const adminSees: Control = { as: 'admin', shows: true };
export const bCounter: Control = { as: 'bCounter' };
export const newUsername = () => `m${uniqueCode().toLowerCase()}`;
export const asVisitor = (request: Build): Control => ({ as: 'visitor', request });
