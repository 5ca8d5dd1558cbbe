import { eq } from 'drizzle-orm';
import { centres, users } from '../../db/schema.js';
import { createSession, type Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { hashPassword, verifyPassword } from '../../server/passwords.js';

// Checked against when the username is unknown, so both failures take the same time.
let decoyHash: Promise<string> | null = null;

export async function login(ctx: AppContext, input: { username: string; password: string }): Promise<{ token: string; user: Viewer }> {
  const [row] = await ctx.db
    .select({ user: users, centre: centres })
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(eq(users.username, input.username))
    .limit(1);
  decoyHash ??= hashPassword('decoy-password');
  const ok = await verifyPassword(input.password, row?.user.passwordHash ?? (await decoyHash));
  if (!row || !ok || !row.user.isActive) {
    throw new AppError(401, 'auth.invalid_credentials', '用户名或密码不正确');
  }
  const token = await createSession(ctx, row.user.id, row.user.centreId);
  return {
    token,
    user: {
      id: row.user.id,
      username: row.user.username,
      name: row.user.name,
      role: row.user.role,
      centreId: row.centre?.id ?? null,
      centreCode: row.centre?.code ?? null,
      centreName: row.centre?.name ?? null,
      districtCode: row.user.districtCode,
      departmentCodes: row.user.departmentCodes,
      isAllRound: row.user.isAllRound,
      isDepartmentHead: row.user.isDepartmentHead,
    },
  };
}
