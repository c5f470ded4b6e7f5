// The case's facts in date order, each with its source and a switch for the what-if.
import {citation, h} from './dom.js';

function periods(list) {
  return (list || []).map(p => (p.to ? `${p.from} to ${p.to}` : `from ${p.from}`)).join(', ');
}

/** Every fact of the case as {id, date, what, source}: actors first (they have no date), then by date. */
export function factsOf(c) {
  const facts = [
    ...c.actors.map(a => ({id: a.id, date: null, kind: 'actor',
      what: `${a.name} (${a.id})${a.greatPower?.length ? `, great power ${periods(a.greatPower)}` : ''}`, source: a.source})),
    ...c.organisations.map(o => ({id: o.id, date: o.founded, kind: 'organisation',
      what: `${o.name} (${o.id}), ${o.kind}, founded${o.dissolved ? `; dissolved ${o.dissolved}` : ''}`, source: o.source})),
    ...c.memberships.map(m => ({id: m.id, date: m.from, kind: 'membership',
      what: `${m.actor} joins ${m.organisation} (${m.status}${m.privileged ? ', privileged' : ''})${m.to ? `, until ${m.to}` : ''}`, source: m.source})),
    ...c.events.map(e => ({id: e.id, date: e.date, kind: e.kind, what: e.title, source: e.source})),
  ];
  const key = f => f.date ?? '';
  return facts.sort((a, b) => key(a).localeCompare(key(b)));
}

/** Table rows with a checkbox per fact (checked: the fact is on). */
export function factRows(c) {
  return factsOf(c).map(f => h('tr', {id: `fact-${f.id}`, 'data-fact-id': f.id},
    h('td', {}, h('input', {type: 'checkbox', name: 'fact', value: f.id, checked: true,
      'aria-label': `${f.id} on: ${f.what}`})),
    h('td', {class: 'nowrap'}, f.date ? h('time', {datetime: f.date}, f.date) : '—'),
    h('td', {}, h('span', {class: 'kind'}, f.kind), ' ', f.what, h('span', {class: 'detail'}, ` (${f.id})`)),
    h('td', {}, citation(f.source))));
}
