import type { FormInstance } from 'antd';
import type { FieldProblem } from './problem';

type NamePath = (string | number)[];

/** 'roles[0].role' or 'roles.0.role' → ['roles', 0, 'role']. */
export function toNamePath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors onto the matching form fields; returns those no field shows.
 * `fieldMap` renames server fields to form fields when the two differ.
 */
export function applyFieldErrors(
  form: FormInstance,
  errors: FieldProblem[] | undefined,
  fieldMap: Record<string, string> = {},
): FieldProblem[] {
  if (!errors?.length) return [];
  const registered = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldProblem[] = [];
  for (const error of errors) {
    const name = toNamePath(fieldMap[error.field] ?? error.field);
    const top = name[0];
    if (typeof top !== 'string' || !registered.has(top)) {
      unmatched.push(error);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors: messages }) => ({ name, errors: messages })));
  return unmatched;
}
