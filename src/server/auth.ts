/**
 * Sessions: an opaque random token in an HttpOnly cookie; the database keeps only its SHA-256.
 * Every request learns its user (or none) here; routes then ask `requirePermission`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, gt } from 'drizzle-orm';
import { centres, sessions, users } from '../db/schema.js';
import type { AppContext } from './context.js';
import { forbidden, unauthorized } from './errors.js';
import { can, type Permission, type Role } from './permissions.js';

export const SESSION_COOKIE = 'yimen_session';
const SESSION_HOURS = 12;

/**
 * Whoever is signed in: centre staff (with a centre) or a district or city supervisor (without
 * one, with the district they oversee).
 */
export interface Viewer {
  id: string;
  username: string;
  name: string;
  role: Role;
  centreId: string | null;
  centreCode: string | null;
  centreName: string | null;
  districtCode: string | null;
  departmentCodes: string[];
  isAllRound: boolean;
  isDepartmentHead: boolean;
}

/** A member of a centre's staff: every centre route works for one of these. */
export interface SessionUser extends Viewer {
  centreId: string;
  centreCode: string;
  centreName: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: Viewer | null;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(ctx: AppContext, userId: string, centreId: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    centreId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
  });
  return token;
}

export async function deleteSession(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

async function findSessionUser(ctx: AppContext, token: string): Promise<Viewer | null> {
  const [row] = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      centreId: users.centreId,
      centreCode: centres.code,
      centreName: centres.name,
      districtCode: users.districtCode,
      departmentCodes: users.departmentCodes,
      isAllRound: users.isAllRound,
      isDepartmentHead: users.isDepartmentHead,
      isActive: users.isActive,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, ctx.clock.now())))
    .limit(1);
  if (!row || !row.isActive) return null;
  const { isActive: _, ...user } = row;
  return user;
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSessionUser(ctx, token) : null;
    if (request.user) {
      request.log = request.log.child({ userId: request.user.id, centreId: request.user.centreId });
    }
  });
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    maxAge: SESSION_HOURS * 3600,
  });
}

/** Whoever is signed in (centre staff or a supervisor), or 401. */
export function requireViewer(request: FastifyRequest, permission?: Permission): Viewer {
  if (!request.user) throw unauthorized();
  if (permission && !can(request.user.role, permission)) throw forbidden('auth.forbidden', '您的角色无权执行此操作');
  return request.user;
}

function isCentreStaff(viewer: Viewer): viewer is SessionUser {
  return viewer.centreId !== null && viewer.centreCode !== null && viewer.centreName !== null;
}

/** The signed-in member of a centre's staff, or 401 (nobody signed in) / 403 (a supervisor). */
export function requireUser(request: FastifyRequest): SessionUser {
  const viewer = requireViewer(request);
  if (!isCentreStaff(viewer)) throw forbidden('auth.centre_only', '该功能仅限受理中心工作人员使用');
  return viewer;
}

/** The signed-in user holding `permission`, or 401/403. */
export function requirePermission(request: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (!can(user.role, permission)) throw forbidden('auth.forbidden', '您的角色无权执行此操作');
  return user;
}
