import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import * as repo from './centres.repository.js';

export async function getCentre(tx: Tx, code: string): Promise<repo.CentreRow> {
  const centre = await repo.findCentreByCode(tx, code);
  if (!centre) throw notFound('centre.not_found', `受理中心 ${code} 不存在`);
  return centre;
}

/** What a kiosk shows: the centre and its lines with the number waiting in each. */
export async function getKioskView(ctx: AppContext, code: string) {
  const centre = await getCentre(ctx.db, code);
  const lines = await repo.listLinesWithWaiting(ctx.db, centre.id, shanghaiDate(ctx.clock.now()));
  return {
    centre: {
      code: centre.code,
      name: centre.name,
      districtName: centre.districtName,
      address: centre.address,
      phone: centre.phone,
    },
    lines,
  };
}

/** Every centre (code, name, district): where a hand-off can be sent; public data. */
export async function listCentres(ctx: AppContext) {
  return repo.listCentres(ctx.db);
}

/**
 * The active staff of the user's centre (never another centre's), for assigning a follow-up or a
 * complaint to anyone of the centre. Names, roles and departments only: no hashes, no usernames.
 */
export async function listStaff(ctx: AppContext, user: SessionUser) {
  return repo.listActiveStaff(ctx.db, user.centreId);
}

export async function listWindows(ctx: AppContext, code: string) {
  const centre = await getCentre(ctx.db, code);
  const windows = await repo.listWindows(ctx.db, centre.id);
  return windows.map((w) => ({
    id: w.id,
    number: w.number,
    name: w.name,
    kind: w.kind,
    lines: w.lines,
  }));
}

/**
 * A window of the user's own centre, or 404: a window id from another centre is treated as
 * not existing, so ids cannot be probed across centres.
 */
export async function getOwnWindow(
  tx: Tx,
  user: SessionUser,
  windowId: string,
  lock = false,
): Promise<repo.WindowRow> {
  const window = lock ? await repo.lockWindow(tx, windowId) : await repo.findWindow(tx, windowId);
  if (!window || window.centreId !== user.centreId)
    throw notFound('window.not_found', '窗口不存在');
  return window;
}
