import type {
  competenceScopes,
  competentBodyTypes,
  IneligibilityReason,
  Petition,
  PetitionClassification,
  PetitionField,
  PetitionKind,
  settlementStatuses,
} from '@contracts/petitions';

export type ClassificationValues = {
  kind: PetitionKind;
  field?: PetitionField;
  isEligible: boolean;
  reasons?: IneligibilityReason[];
  competence: {
    scope: (typeof competenceScopes)[number];
    unitId?: string;
    bodyType?: (typeof competentBodyTypes)[number];
  };
  settlementStatus: (typeof settlementStatuses)[number];
  hasOriginals?: boolean;
  note?: string;
};

/** The form's first values: the classification recorded, or the usual case (eligible, within competence, never settled). */
export function initialClassification(petition: Petition): ClassificationValues {
  const recorded = petition.classification;
  if (!recorded)
    return {
      kind: petition.kind,
      isEligible: true,
      reasons: [],
      competence: { scope: 'ours' },
      settlementStatus: 'none',
      hasOriginals: false,
    };
  return {
    kind: petition.kind,
    field: recorded.field,
    isEligible: recorded.isEligible,
    reasons: recorded.reasons,
    competence: {
      scope: recorded.competence.scope,
      ...(recorded.competence.unitId ? { unitId: recorded.competence.unitId } : {}),
      ...(recorded.competence.bodyType ? { bodyType: recorded.competence.bodyType } : {}),
    },
    settlementStatus: recorded.settlementStatus,
    hasOriginals: recorded.hasOriginals,
    ...(recorded.note ? { note: recorded.note } : {}),
  };
}

/** The classification the server takes: reasons only when not eligible, the unit or body only for its scope. */
export function toClassification(values: ClassificationValues): PetitionClassification {
  const { scope, unitId, bodyType } = values.competence;
  const note = values.note?.trim();
  return {
    kind: values.kind,
    field: values.field!,
    isEligible: values.isEligible,
    reasons: values.isEligible ? [] : (values.reasons ?? []),
    competence: {
      scope,
      ...(scope === 'subordinate' && unitId ? { unitId } : {}),
      ...(scope === 'other' && bodyType ? { bodyType } : {}),
    },
    settlementStatus: values.settlementStatus,
    hasOriginals: values.hasOriginals ?? false,
    ...(note ? { note } : {}),
  };
}
