import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { users } from '../../src/db/schema.js';
import { describeOnEachDb } from '../support/harness.js';
import { createOtherCentre } from '../support/factories.js';

interface Staff {
  id: string;
  name: string;
  role: string;
  departments: string[];
  isAllRound: boolean;
}

describeOnEachDb('GET /staff and GET /centres', (env) => {
  beforeAll(async () => {
    await createOtherCentre(env(), { code: 'north', name: '北区街道社区事务受理服务中心' });
    // 黄磊 (clerk8) has left the centre: no longer offered for assignments.
    await env().ctx.db.update(users).set({ isActive: false }).where(eq(users.username, 'clerk8'));
  });

  it("lists the manager's own centre's active staff, with names, roles and departments only", async () => {
    const res = await env().call('GET', '/api/v1/staff', { cookie: await env().login('manager') });
    expect(res.status).toBe(200);
    const staff = res.body.staff as Staff[];
    // data/demo-centre.json has 16 staff; clerk8 is inactive: 15.
    expect(staff).toHaveLength(15);
    expect(staff.map((s) => s.name)).not.toContain('黄磊');
    // Nothing of the other centre, created before the call.
    expect(staff.map((s) => s.name)).not.toContain('北区受理员');
    expect(staff.map((s) => Object.keys(s).sort())).toEqual(
      staff.map(() => ['departments', 'id', 'isAllRound', 'name', 'role']),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|password|hash|\$/i);
    // By role then username: admin, clerk…, manager, officer….
    expect(staff.map((s) => s.role)).toEqual([
      'admin',
      ...Array(8).fill('clerk'),
      'manager',
      ...Array(5).fill('officer'),
    ]);
    expect(staff.find((s) => s.name === '王晓燕')).toMatchObject({
      role: 'clerk',
      departments: [],
      isAllRound: true,
    });
    expect(staff.find((s) => s.name === '杨帆')).toMatchObject({ isAllRound: false });
    expect(staff.find((s) => s.name === '徐红')).toMatchObject({
      role: 'officer',
      departments: ['civil', 'aging', 'disabled'],
    });
  });

  it("gives another centre's manager that centre's staff alone", async () => {
    const res = await env().call('GET', '/api/v1/staff', {
      cookie: await env().login('north-manager'),
    });
    expect(res.status).toBe(200);
    expect((res.body.staff as Staff[]).map((s) => [s.name, s.role])).toEqual([
      ['北区受理员', 'clerk'],
      ['北区主任', 'manager'],
    ]);
  });

  it('refuses clerks, officers, supervisors and strangers', async () => {
    const as = async (username?: string) =>
      env().call('GET', '/api/v1/staff', {
        cookie: username ? await env().login(username) : undefined,
      });
    const answers = await Promise.all([as('clerk'), as('officer'), as('district'), as()]);
    expect(answers.map((r) => [r.status, r.body.error.code])).toEqual([
      [403, 'auth.forbidden'],
      [403, 'auth.forbidden'],
      [403, 'auth.centre_only'],
      [401, 'auth.required'],
    ]);
  });

  it('lists every centre publicly with its code, name and district', async () => {
    const res = await env().call('GET', '/api/v1/centres');
    expect(res.status).toBe(200);
    expect(res.body.centres).toEqual([
      {
        code: 'demo',
        name: '示范街道社区事务受理服务中心',
        districtCode: '310104',
        districtName: '徐汇区',
      },
      {
        code: 'north',
        name: '北区街道社区事务受理服务中心',
        districtCode: '310104',
        districtName: '徐汇区',
      },
    ]);
  });
});
