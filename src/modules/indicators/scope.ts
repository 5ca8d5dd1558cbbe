/**
 * Whose indicators a viewer may read: centre staff their own centre only; a district supervisor
 * the centres of their district and the district as a whole; the city office everything. A centre
 * outside one's reach is "not found" (its existence is not disclosed), a wider scope is forbidden.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { centres } from '../../db/schema.js';
import type { Viewer } from '../../server/auth.js';
import { forbidden, notFound } from '../../server/errors.js';
import { findCentreByCode } from '../centres/centres.repository.js';

export interface ResolvedScope {
  /** As asked: centre:<code>, district:<code> or city. */
  value: string;
  kind: 'centre' | 'district' | 'city';
  code: string | null;
  name: string;
  /** The centres covered; null = every centre of the city. */
  centreIds: string[] | null;
  /** The one centre of a centre scope (its settings give the targets). */
  centreId: string | null;
}

const centreNotFound = () => notFound('centre.not_found', '受理中心不存在');

export async function resolveScope(tx: Tx, viewer: Viewer, value: string): Promise<ResolvedScope> {
  if (value === 'city') {
    if (viewer.role !== 'city') throw forbidden('indicators.scope_forbidden', '您无权查看全市指标');
    return { value, kind: 'city', code: null, name: '全市', centreIds: null, centreId: null };
  }
  const [kind, code = ''] = value.split(':') as ['centre' | 'district', string];
  if (kind === 'centre') {
    const centre = await findCentreByCode(tx, code);
    if (!centre) throw centreNotFound();
    if (viewer.centreId !== null && viewer.centreId !== centre.id) throw centreNotFound();
    if (viewer.role === 'district' && viewer.districtCode !== centre.districtCode)
      throw centreNotFound();
    return { value, kind, code, name: centre.name, centreIds: [centre.id], centreId: centre.id };
  }
  if (viewer.centreId !== null)
    throw forbidden('indicators.scope_forbidden', '您只能查看本中心的指标');
  if (viewer.role === 'district' && viewer.districtCode !== code)
    throw forbidden('indicators.scope_forbidden', '您只能查看本区的指标');
  const rows = await tx
    .select({ id: centres.id, districtName: centres.districtName })
    .from(centres)
    .where(eq(centres.districtCode, code));
  if (rows.length === 0) throw notFound('district.not_found', '该区没有受理中心');
  return {
    value,
    kind,
    code,
    name: rows[0]!.districtName,
    centreIds: rows.map((r) => r.id),
    centreId: null,
  };
}
