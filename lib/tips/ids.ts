// The tips' ids, in the order the side panel lists them. Kept apart from the tips' texts so
// the rule-pack validator can check a rule's `tip` without loading them.
export const TIP_IDS = ['vertrouwensrelatie', 'vooroordelen', 'oprechte-aandacht', 'eigen-regie', 'feiten-en-interpretaties'] as const;

export type TipId = (typeof TIP_IDS)[number];

export function isTipId(value: unknown): value is TipId {
  return (TIP_IDS as readonly unknown[]).includes(value);
}
