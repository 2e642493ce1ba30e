import { html, type Html } from '../../../platform/html/html.js';
import { sortVietnamese } from '../../../platform/i18n/collation.js';

/** A place that receives online submissions (a commune, ward or special zone), and the province above it. */
export type UnitChoice = { id: string; name: string; provinceId: string | null; provinceName: string | null };
type Province = { id: string; name: string };

/**
 * What the submission form offers: the places of one deployment at once (by province when there
 * are several), or — past `listedAtOnce` places over several provinces, a whole country's 3,000
 * communes — the province first, then its places (`province`), without JavaScript.
 */
export type PlaceChoice = { units: UnitChoice[]; provinces: Province[]; province?: Province | undefined; isByProvince: boolean };

const listedAtOnce = 150;

export function choosePlaces(all: UnitChoice[], provinceId: string | undefined): PlaceChoice {
  const byId = new Map<string, Province>();
  for (const unit of all)
    if (unit.provinceId && unit.provinceName) byId.set(unit.provinceId, { id: unit.provinceId, name: unit.provinceName });
  const provinces = sortVietnamese([...byId.values()], (province) => province.name);
  const isByProvince = all.length > listedAtOnce && provinces.length > 1;
  if (!isByProvince) return { units: all, provinces, isByProvince };
  const province = provinceId ? byId.get(provinceId) : undefined;
  return { units: province ? all.filter((unit) => unit.provinceId === province.id) : [], provinces, province, isByProvince };
}

/** The places in Vietnamese alphabetical order, grouped by province when there are several; nothing is chosen for the citizen. */
export function placeOptions(choice: PlaceChoice, chosen: string | undefined, prompt = '— Chọn nơi nộp —'): Html {
  const option = (unit: UnitChoice) => html`<option value="${unit.id}" ${chosen === unit.id ? html`selected` : ''}>${unit.name}</option>`;
  const sorted = (units: UnitChoice[]) => sortVietnamese(units, (unit) => unit.name).map(option);
  const grouped = !choice.isByProvince && choice.provinces.length > 1;
  const options = grouped
    ? [
        ...choice.provinces.map(
          (province) =>
            html`<optgroup label="${province.name}">${sorted(choice.units.filter((unit) => unit.provinceId === province.id))}</optgroup>`,
        ),
        sorted(choice.units.filter((unit) => !unit.provinceId)),
      ]
    : sorted(choice.units);
  return html`<option value="" ${chosen ? '' : html`selected`}>${prompt}</option>${options}`;
}

/** The first step when the places are too many for one list: choose the province (a plain GET form). */
export function provinceStep(options: { action: string; provinces: Province[]; label?: string }): Html {
  return html`<form class="search" method="get" action="${options.action}">
  <div class="field"><label for="tinh">${options.label ?? 'Tỉnh, thành phố nơi nộp hồ sơ'}</label><select id="tinh" name="tinh" class="wide" required>
  <option value="" selected>— Chọn tỉnh, thành phố —</option>${options.provinces.map((province) => html`<option value="${province.id}">${province.name}</option>`)}
  </select></div>
  <button type="submit">Tiếp tục</button>
</form>`;
}

/**
 * A GET form choosing the unit a public page shows (`don-vi`), the province first when the places
 * are many; works without JavaScript.
 */
export function unitViewForm(options: { action: string; places: PlaceChoice; chosen?: string | undefined; label: string }): Html {
  const { places, action } = options;
  if (places.isByProvince && !places.province)
    return provinceStep({ action, provinces: places.provinces, label: 'Tỉnh, thành phố của đơn vị cần xem' });
  return html`<form method="get" action="${action}">
  ${places.province ? html`<input type="hidden" name="tinh" value="${places.province.id}">` : ''}
  <div class="field"><label for="don-vi">${options.label}${places.province ? html` <span class="hint">${places.province.name} · <a href="${action}">Chọn tỉnh, thành phố khác</a></span>` : ''}</label>
  <div class="row"><select id="don-vi" name="don-vi" class="wide" style="flex:1 1 auto;min-width:0" required>${placeOptions(places, options.chosen, '— Chọn xã, phường hoặc cơ quan —')}</select><button type="submit">Xem</button></div></div>
</form>`;
}
