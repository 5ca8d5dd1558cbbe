export interface MaterialRequirement {
  id: string;
  name: string;
  required: boolean;
}

/**
 * Every required material not received, in the guide's order: what a one-time notice
 * (一次性告知) must list, all at once.
 */
export function missingMaterials(
  requirements: readonly MaterialRequirement[],
  receivedIds: readonly string[],
): MaterialRequirement[] {
  const received = new Set(receivedIds);
  return requirements.filter((m) => m.required && !received.has(m.id));
}
