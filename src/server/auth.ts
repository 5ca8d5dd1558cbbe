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

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  centreId: string;
  centreCode: string;
  centreName: string;
  departmentCodes: string[];
  isAllRound: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(ctx: AppContext, userId: string, centreId: string): Promise<string> {
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

async function findSessionUser(ctx: AppContext, token: string): Promise<SessionUser | null> {
  const [row] = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      centreId: users.centreId,
      centreCode: centres.code,
      centreName: centres.name,
      departmentCodes: users.departmentCodes,
      isAllRound: users.isAllRound,
      isActive: users.isActive,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(centres, eq(centres.id, users.centreId))
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

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}

/** The signed-in user holding `permission`, or 401/403. */
export function requirePermission(request: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (!can(user.role, permission)) throw forbidden('auth.forbidden', '您的角色无权执行此操作');
  return user;
}
