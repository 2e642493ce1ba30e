import type { KeyboardEvent } from 'react';
import type { RequiredDocument } from '@contracts/catalog';
import type { Applicant, CounterIntakeRequest, Delivery } from '@contracts/dossiers';

export type DocValue = { checked?: boolean; count?: number };

export type IntakeValues = {
  receivingUnitId?: string;
  applicant: {
    kind: Applicant['kind'];
    name?: string;
    citizenId?: string;
    taxCode?: string;
    phone?: string;
    email?: string;
    address?: string;
  };
  docs: DocValue[];
  setCount: number;
  delivery?: Delivery;
};

/** The checks the server makes, so most mistakes show before the round trip. */
export const citizenIdPattern = /^\d{12}$/;
/** The first three digits of a citizen ID: the province of birth registration (the server's own check). */
export { hasProvincePrefix } from '@contracts/citizen-id';
export const phonePattern = /^(\+84|0)\d{9,10}$/;
export const taxCodePattern = /^\d{10}(-\d{3})?$/;

/** "0912 345.678" → "0912345678": officers type phone numbers the way they are written. */
export function normalisePhone(text: string | undefined): string {
  return (text ?? '').replace(/[\s.()-]/g, '');
}

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

export function documentDefaults(documents: readonly RequiredDocument[]): DocValue[] {
  return documents.map((document) => ({ checked: false, count: document.count || 1 }));
}

export function defaultDelivery(options: readonly Delivery[]): Delivery | undefined {
  return options.includes('counter') ? 'counter' : options[0];
}

/** The intake request of the form's values, and how the server's field names map back to the form. */
export function toIntakeRequest(values: IntakeValues, procedureCode: string, refusalReason?: string) {
  const { applicant } = values;
  const isPerson = applicant.kind === 'person';
  const documents: CounterIntakeRequest['documents'] = [];
  const fieldMap: Record<string, string> = {};
  values.docs.forEach((document, position) => {
    if (!document?.checked) return;
    fieldMap[`documents.${documents.length}.index`] = `docs.${position}.checked`;
    fieldMap[`documents.${documents.length}.count`] = `docs.${position}.count`;
    documents.push({ index: position + 1, count: document.count ?? 1 });
  });
  const citizenId = blank(applicant.citizenId);
  const taxCode = isPerson ? undefined : blank(applicant.taxCode);
  const email = blank(applicant.email);
  const body: CounterIntakeRequest = {
    receivingUnitId: values.receivingUnitId ?? '',
    procedureCode,
    applicant: {
      kind: applicant.kind,
      name: applicant.name?.trim() ?? '',
      ...(citizenId ? { citizenId } : {}),
      ...(taxCode ? { taxCode } : {}),
      phone: normalisePhone(applicant.phone),
      ...(email ? { email } : {}),
      address: applicant.address?.trim() ?? '',
    },
    documents,
    setCount: values.setCount || 1,
    delivery: values.delivery ?? 'counter',
    ...(refusalReason ? { refusalReason } : {}),
  };
  return { body, fieldMap };
}

/**
 * Enter in a text box moves on to the next field instead of submitting the form
 * (Ctrl+Enter submits); inside a select, Enter keeps picking the option.
 */
export function enterMovesFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.tagName !== 'INPUT' || target.closest('.ant-select')) return;
  const type = (target as HTMLInputElement).type;
  if (type === 'checkbox' || type === 'radio') return;
  event.preventDefault();
  const fields = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>('input:not([disabled]):not([type=hidden]), textarea:not([disabled])'),
  ).filter((field) => field.offsetParent !== null);
  const next = fields[fields.indexOf(target) + 1];
  next?.focus();
}
