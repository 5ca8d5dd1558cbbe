/**
 * Whom a follow-up or a complaint can be assigned to: the centre's active staff (`GET /staff`),
 * the signed-in manager first. People the page already names (the clerk rated or complained
 * about, an assignee who has since left) are kept, so a current assignment always has its name.
 * Should the staff list fail to load, those known people are still offered.
 */
import { api } from '../../api/client';
import type { StaffMember } from '../../api/types';
import { ROLE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';

export interface StaffChoice {
  value: string;
  label: string;
}

type Person = { id: string | null; name: string | null } | null | undefined;

/** The choices, without duplicates: the user, the centre's staff in the server's order, the rest. */
export function staffChoices(
  me: { id: string; name: string },
  staff: readonly StaffMember[],
  people: readonly Person[],
): StaffChoice[] {
  const byId = new Map<string, string>([[me.id, `${me.name}（本人）`]]);
  for (const s of staff) {
    if (!byId.has(s.id)) byId.set(s.id, `${s.name}（${ROLE_LABELS[s.role]}）`);
  }
  for (const p of people) {
    if (p?.id && p.name && !byId.has(p.id)) byId.set(p.id, p.name);
  }
  return [...byId].map(([value, label]) => ({ value, label }));
}

/** The choices for a manager's page; the staff list is loaded once per page. */
export function useStaffChoices(
  me: { id: string; name: string },
  people: readonly Person[],
): StaffChoice[] {
  const loaded = useLoad(() => api.staff(), []);
  return staffChoices(me, loaded.data?.staff ?? [], people);
}

export const KNOWN_STAFF_NOTE = '可选本中心全部在岗工作人员。';
