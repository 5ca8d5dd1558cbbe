import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeOnEachDb } from '../support/harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeOnEachDb('reference data and the device API', (env) => {
  it('answers health, meta and the OpenAPI document', async () => {
    expect((await env().call('GET', '/api/v1/health')).body).toEqual({ status: 'ok' });
    expect((await env().call('GET', '/api/v1/meta')).body).toMatchObject({ demo: true, businessDate: '2026-03-02' });
    const doc = await env().call('GET', '/api/docs/json');
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/centres/{centreCode}/tickets', '/api/v1/windows/{windowId}/call-next', '/api/v1/intake/accept']));
  });

  it('computes deadlines on the official calendar', async () => {
    for (const [from, days, want] of [
      ['2026-02-13', 3, '2026-02-25'],
      ['2025-01-24', 2, '2025-01-27'],
      ['2025-09-26', 2, '2025-09-29'],
    ] as const) {
      const res = await env().call('GET', `/api/v1/calendar/deadline?from=${from}&days=${days}`);
      expect(res.body).toEqual({ from, days, deadline: want, provisional: false });
    }
    expect((await env().call('GET', '/api/v1/calendar/deadline?from=2026-12-30&days=5')).body.provisional).toBe(true);
    expect((await env().call('GET', '/api/v1/calendar/days/2026-02-16')).body).toMatchObject({ date: '2026-02-16', workday: false, name: '春节' });
    expect((await env().call('GET', '/api/v1/calendar/days/2026-02-14')).body).toMatchObject({ workday: true });
    for (const bad of ['/api/v1/calendar/deadline?from=9999-12-31&days=3', '/api/v1/calendar/deadline?from=2026-02-30&days=1', '/api/v1/calendar/deadline?from=2026-02-01&days=-1', '/api/v1/calendar/deadline?from=x&days=1', '/api/v1/calendar/days/20260101']) {
      const res = await env().call('GET', bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('request.invalid');
    }
  });

  it('validates identity documents', async () => {
    const ok = await env().call('POST', '/api/v1/identity/validate', { body: { type: 'resident_id', number: '11010519491231002x' } });
    expect(ok.body).toEqual({ valid: true, normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
    const legacy = await env().call('POST', '/api/v1/identity/validate', { body: { type: 'resident_id', number: '110105491231002' } });
    expect(legacy.body.normalized).toBe('11010519491231002X');
    const bad = await env().call('POST', '/api/v1/identity/validate', { body: { type: 'resident_id', number: '110101199902292304' } });
    expect(bad.body).toMatchObject({ valid: false, code: 'identity.birth_date' });
    expect((await env().call('POST', '/api/v1/identity/validate', { body: { type: 'alien', number: '1' } })).status).toBe(400);
  });

  it('serves the catalogue with its lines and departments', async () => {
    const items = (await env().call('GET', '/api/v1/items')).body.items;
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(new Set(items.map((i: any) => i.department)).size).toBeGreaterThanOrEqual(10);
    const civil = (await env().call('GET', '/api/v1/items?department=civil')).body.items;
    expect(civil.every((i: any) => i.department === 'civil')).toBe(true);
    const search = (await env().call('GET', `/api/v1/items?q=${encodeURIComponent('敬老卡')}`)).body.items;
    expect(search.map((i: any) => i.name)).toContain('敬老卡申领');
    const kiosk = await env().call('GET', '/api/v1/centres/demo');
    expect(kiosk.body.lines.map((l: any) => l.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'R']);
    const windows = (await env().call('GET', '/api/v1/centres/demo/windows')).body.windows;
    expect(windows.filter((w: any) => w.kind === 'comprehensive')).toHaveLength(8);
    expect(windows.filter((w: any) => w.kind === 'reply')).toHaveLength(1);
    expect(windows.filter((w: any) => w.kind === 'cashier')).toHaveLength(1);
  });

  it('lets an administrator edit the calendar, and deadlines follow', async () => {
    const admin = await env().login('admin');
    const clerk = await env().login('clerk');
    expect((await env().call('PUT', '/api/v1/admin/calendar/days/2026-03-03', { cookie: clerk, body: { workday: false, name: '测试' } })).status).toBe(403);
    const before = await env().call('GET', '/api/v1/calendar/deadline?from=2026-03-02&days=1');
    expect(before.body.deadline).toBe('2026-03-03');
    const set = await env().call('PUT', '/api/v1/admin/calendar/days/2026-03-03', { cookie: admin, body: { workday: false, name: '临时休息日' } });
    expect(set.body.day).toEqual({ date: '2026-03-03', workday: false, name: '临时休息日' });
    expect((await env().call('GET', '/api/v1/calendar/deadline?from=2026-03-02&days=1')).body.deadline).toBe('2026-03-04');
    await env().call('PUT', '/api/v1/admin/calendar/days/2026-03-03', { cookie: admin, body: { workday: true, name: null } });
    expect((await env().call('GET', '/api/v1/calendar/deadline?from=2026-03-02&days=1')).body.deadline).toBe('2026-03-03');
    const year = await env().call('GET', '/api/v1/admin/calendar?year=2026', { cookie: admin });
    expect(year.body.days.find((d: any) => d.date === '2026-03-03')).toBeUndefined();
    expect(year.body.days.filter((d: any) => d.workday)).toHaveLength(6);
  });

  it('warns the manager when next year\'s calendar has not been entered', async () => {
    const manager = await env().login('manager');
    expect((await env().call('GET', '/api/v1/dashboard/today', { cookie: manager })).body.calendar).toEqual({ nextYear: 2027, nextYearEntered: false });
    const admin = await env().login('admin');
    await env().call('POST', '/api/v1/admin/calendar/years/2027', { cookie: admin });
    expect((await env().call('GET', '/api/v1/dashboard/today', { cookie: manager })).body.calendar.nextYearEntered).toBe(true);
    expect((await env().call('GET', '/api/v1/calendar/deadline?from=2027-03-01&days=1')).body.provisional).toBe(false);
  });

  it('exports the catalogue to .xlsx and imports an edited workbook; a bad one changes nothing', async () => {
    const admin = await env().login('admin');
    const exported = await env().app.inject({ method: 'GET', url: '/api/v1/admin/catalogue.xlsx', headers: { cookie: admin } });
    expect(exported.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('事项')!;
    expect(sheet.rowCount).toBeGreaterThan(120);
    // Rename one item, and put a formula-looking name on another.
    sheet.getRow(2).getCell(2).value = '城乡居民最低生活保障家庭证明出具（修订）';
    sheet.getRow(3).getCell(2).value = '=HYPERLINK("x")事项';
    const code2 = String(sheet.getRow(2).getCell(1).value);
    const code3 = String(sheet.getRow(3).getCell(1).value);
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const imported = await env().app.inject({ method: 'POST', url: '/api/v1/admin/catalogue.xlsx', headers: { cookie: admin, 'content-type': XLSX }, payload: edited });
    expect(imported.statusCode).toBe(200);
    expect((await env().call('GET', `/api/v1/items/${code2}`)).body.item.name).toBe('城乡居民最低生活保障家庭证明出具（修订）');
    const again = await env().app.inject({ method: 'GET', url: '/api/v1/admin/catalogue.xlsx', headers: { cookie: admin } });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(again.rawPayload as unknown as ArrayBuffer);
    const row3 = wb2.getWorksheet('事项')!.getRow(3);
    expect(String(row3.getCell(1).value)).toBe(code3);
    expect(row3.getCell(2).value).toBe(`'=HYPERLINK("x")事项`);
    expect(typeof wb2.getWorksheet('事项')!.getRow(2).getCell(6).value).toBe('number');

    sheet.getRow(2).getCell(7).value = 999; // promised beyond statutory
    const broken = await env().app.inject({ method: 'POST', url: '/api/v1/admin/catalogue.xlsx', headers: { cookie: admin, 'content-type': XLSX }, payload: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(broken.statusCode).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('catalogue.invalid');
    const junk = await env().app.inject({ method: 'POST', url: '/api/v1/admin/catalogue.xlsx', headers: { cookie: admin, 'content-type': XLSX }, payload: Buffer.from('not a workbook') });
    expect(JSON.parse(junk.body).error.code).toBe('catalogue.not_xlsx');
    expect((await env().call('GET', `/api/v1/items/${code2}`)).body.item.promisedDays).not.toBe(999);
  });
});
