/**
 * Creates the demo centre from data/demo-centre.json: lines of business, windows, and one staff
 * account per role, all with the demo password. Only ever run in demo mode.
 */
import { readFile } from 'node:fs/promises';
import type { Tx } from '../../db/connection.js';
import { centres, lines, users, windows } from '../../db/schema.js';
import { hashPassword } from '../../server/passwords.js';
import { offerAllItems } from '../catalogue/catalogue.repository.js';
import type { CatalogueFile } from '../catalogue/catalogue.schema.js';
import { findCentreByCode } from './centres.repository.js';

export const DEMO_CENTRE_FILE = new URL('../../../data/demo-centre.json', import.meta.url);

interface DemoCentreFile {
  centre: { code: string; name: string; districtCode: string; districtName: string; address: string; phone: string };
  extraLines: { letter: string; name: string; icon: string }[];
  windows: { number: number; kind: 'comprehensive' | 'specialised' | 'reply' | 'cashier'; lines: string[] }[];
  staff: {
    username: string;
    name: string;
    role: 'clerk' | 'officer' | 'manager' | 'admin';
    isAllRound?: boolean;
    departments?: string[] | '*';
    /** A clerk who is not all-round is certified for every item of these lines. */
    certifiedLines?: string[];
    /** An officer who heads their departments. */
    isDepartmentHead?: boolean;
  }[];
  /** District and city supervisors: they belong to no centre. */
  supervisors: { username: string; name: string; role: 'district' | 'city'; districtCode?: string }[];
  password: string;
}

export async function readDemoCentre(): Promise<DemoCentreFile> {
  return JSON.parse(await readFile(DEMO_CENTRE_FILE, 'utf8')) as DemoCentreFile;
}

/** Creates a centre with its lines and windows; returns its id. Used by the demo and by tests. */
export async function createCentre(
  tx: Tx,
  input: { centre: DemoCentreFile['centre']; lines: { letter: string; name: string; icon: string }[]; windows: DemoCentreFile['windows'] },
): Promise<string> {
  const [centre] = await tx.insert(centres).values(input.centre).returning({ id: centres.id });
  const centreId = centre!.id;
  await tx.insert(lines).values(input.lines.map((l, i) => ({ centreId, letter: l.letter, name: l.name, icon: l.icon, sort: i })));
  await tx.insert(windows).values(input.windows.map((w) => ({ centreId, number: w.number, name: `${w.number}号窗口`, kind: w.kind, lines: w.lines })));
  await offerAllItems(tx, centreId);
  return centreId;
}

export async function seedDemoCentre(tx: Tx, catalogue: CatalogueFile): Promise<{ created: boolean; centreId: string }> {
  const demo = await readDemoCentre();
  const existing = await findCentreByCode(tx, demo.centre.code);
  if (existing) return { created: false, centreId: existing.id };
  const centreId = await createCentre(tx, {
    centre: demo.centre,
    lines: [...catalogue.lines, ...demo.extraLines],
    windows: demo.windows,
  });
  const allDepartments = catalogue.departments.map((d) => d.code);
  // One hash for every demo account: scrypt is slow on purpose, and the password is the same.
  const passwordHash = await hashPassword(demo.password);
  await tx.insert(users).values(
    demo.staff.map((s) => ({
      centreId,
      username: s.username,
      name: s.name,
      role: s.role,
      passwordHash,
      departmentCodes: s.departments === '*' ? allDepartments : (s.departments ?? []),
      isAllRound: s.isAllRound ?? false,
      certifiedItems: catalogue.items.filter((i) => s.certifiedLines?.includes(i.line)).map((i) => i.code),
      isDepartmentHead: s.isDepartmentHead ?? false,
    })),
  );
  await tx
    .insert(users)
    .values(demo.supervisors.map((s) => ({ centreId: null, username: s.username, name: s.name, role: s.role, passwordHash, districtCode: s.districtCode ?? null })))
    .onConflictDoNothing();
  return { created: true, centreId };
}
