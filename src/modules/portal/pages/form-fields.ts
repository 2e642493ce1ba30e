import { html, type Html } from '../../../platform/html/html.js';

/**
 * The fields of a citizen form with what was typed and, next to each field, its error in
 * Vietnamese (announced to screen readers and tied to the field by aria-describedby).
 */
export function formFields(errors: Record<string, string> = {}, values: Record<string, string> = {}) {
  const errorId = (field: string) => `loi-${field.replace(/\W/g, '-')}`;
  const error = (field: string) =>
    errors[field] ? html`<div class="error" id="${errorId(field)}" role="alert">${errors[field]}</div>` : '';
  const described = (field: string) => (errors[field] ? html`aria-invalid="true" aria-describedby="${errorId(field)}"` : '');
  return {
    error,
    described,
    /** A summary above the form when anything is to be corrected. */
    summary: () =>
      Object.keys(errors).length > 0 ? html`<p class="note" role="alert">Chưa gửi được: vui lòng sửa các mục được đánh dấu.</p>` : '',
    input: (name: string, label: Html | string, attributes: Html = html``) =>
      html`<div class="field"><label for="${name}">${label}</label><input id="${name}" name="${name}" class="wide" value="${values[name] ?? ''}" ${attributes} ${described(name)}>${error(name)}</div>`,
    textarea: (name: string, label: Html | string, attributes: Html = html``) =>
      html`<div class="field"><label for="${name}">${label}</label><textarea id="${name}" name="${name}" class="wide" rows="6" ${attributes} ${described(name)}>${values[name] ?? ''}</textarea>${error(name)}</div>`,
  };
}
