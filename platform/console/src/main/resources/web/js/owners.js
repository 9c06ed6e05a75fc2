// Choosing whose calendar or routing to show (agency admins): a select of the agency and/or the tenants,
// filled from GET /tenants; the current owner stays selectable even if the list does not hold it.

import { api, query } from './api.js';
import { h, replace } from './dom.js';

export const AGENCY = 'agency';

/**
 * A select that calls onPick(owner) when another is chosen. {agency: true} offers the agency's own
 * calendar first. Answers the select (to be placed in a labelled field).
 */
export function ownerPicker({ id, current, agency = false, signal, onPick }) {
  const agencyOption = () => (agency ? h('option', { value: AGENCY }, 'Agency (own calendar)') : null);
  const select = h('select', {
    id, 'data-test': id, onchange: (event) => onPick(event.target.value),
  }, agencyOption(), current !== AGENCY ? h('option', { value: current }, current) : null);
  select.value = current;
  api('GET', `/tenants${query({ page: 0, size: 200 })}`).then((result) => {
    if (signal?.aborted) return;
    const tenants = result.items.filter((t) => t.status !== 'OFFBOARDED');
    replace(select, agencyOption(), tenants.map((t) => h('option', { value: t.slug }, `${t.name} (${t.slug})`)));
    if (![...select.options].some((o) => o.value === current)) select.append(h('option', { value: current }, current));
    select.value = current;
  }).catch(() => { /* the picker keeps the current owner; the page shows its own errors */ });
  return select;
}
