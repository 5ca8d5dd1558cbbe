/**
 * Whom a follow-up or a complaint can be assigned to. The API has no list of a centre's staff
 * yet, so the choice is the staff the page already knows: the clerks rated or complained about,
 * those already assigned, and the signed-in manager.
 * TODO: use a staff list route (GET /staff) once the server offers one.
 */
export interface StaffChoice {
  value: string;
  label: string;
}

export function knownStaff(
  me: { id: string; name: string },
  people: ({ id: string | null; name: string | null } | null | undefined)[],
): StaffChoice[] {
  const byId = new Map<string, string>([[me.id, `${me.name}（本人）`]]);
  for (const p of people) {
    if (p?.id && p.name && !byId.has(p.id)) byId.set(p.id, p.name);
  }
  return [...byId].map(([value, label]) => ({ value, label }));
}

export const KNOWN_STAFF_NOTE =
  '可选人员为本页已出现的工作人员（被评价或被投诉的人员、已指派的责任人）和本人。';
