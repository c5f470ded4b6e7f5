// What-if: the facts switched off and the events added, sent to POST /api/what-if; the warnings before
// and after, with what vanished, appeared or changed level marked.
import {api} from './api.js';
import {errorMessage, h, levelBadge, propositionLink, show} from './dom.js';
import {factIds, justificationTree} from './justification.js';

const identity = w => `${w.kind} ${JSON.stringify(w.actors)}`;

/**
 * Marks each warning of `list` against `other` as the API's difference does: warnings with the same kind and
 * actors are the same warning; the n-th of a kind and actors has no counterpart if `other` has fewer.
 */
function marks(list, other, absent) {
  const seen = new Map();
  return list.map(w => {
    const key = identity(w);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const counterpart = other.filter(o => identity(o) === key)[n];
    if (!counterpart) return {w, mark: absent};
    return {w, mark: counterpart.level !== w.level ? 'changed' : null, was: counterpart.level};
  });
}

function warningList(id, heading, marked) {
  const label = {vanished: 'vanished', appeared: 'new', changed: 'level changed'};
  return h('section', {class: 'side', 'aria-labelledby': `${id}-heading`},
    h('h3', {id: `${id}-heading`}, `${heading} (${marked.length})`),
    marked.length ? h('ol', {class: 'plain warning-list', id},
      marked.map(({w, mark, was}) => h('li', {class: `warning-line ${mark ?? ''}`, 'data-kind': w.kind,
          'data-proposition': w.propositions[0], 'data-level': w.level},
        levelBadge(w.level), ' ', w.title, ' ', h('span', {class: 'detail'}, '(', propositionLink(w.propositions[0]), ')'),
        mark ? h('span', {class: 'mark'}, mark === 'changed' ? `${label[mark]}: ${was} → ${w.level}` : label[mark]) : null)))
      : h('p', {id}, 'No warning.'));
}

function resultView(r, removed, added, caseJson) {
  const d = r.difference;
  const count = (n, what) => `${n === 0 ? 'no' : n} warning${n === 1 ? '' : 's'} ${what}`;
  const changes = [removed.length ? `without ${removed.join(', ')}` : null, added.length ? `with ${added.map(e => e.id).join(', ')}` : null]
    .filter(Boolean).join(' and ') || 'with no change';
  const after = marks(r.after, r.before, 'appeared');
  const factIdAfter = factIds(caseJson, added);
  return [
    h('p', {class: `summary ${d.vanished.length + d.appeared.length + d.levelChanged.length ? 'differs' : 'same'}`},
      `As of ${r.asOf}, ${changes}: ${count(d.vanished.length, 'vanished')}, ${count(d.appeared.length, 'appeared')}, `
      + `${count(d.levelChanged.length, 'changed level')}.`),
    h('div', {class: 'compare'},
      warningList('what-if-before', 'Before', marks(r.before, r.after, 'vanished')),
      warningList('what-if-after', 'After', after)),
    d.vanished.length ? h('details', {class: 'vanished-trees'}, h('summary', {}, 'What no longer holds: the justifications of the vanished warnings'),
      d.vanished.map(w => justificationTree(w.justification, factIds(caseJson), {lead: `${w.title}: `}))) : null,
    d.appeared.length ? h('details', {class: 'appeared-trees'}, h('summary', {}, 'Why the new warnings hold'),
      d.appeared.map(w => justificationTree(w.justification, factIdAfter, {lead: `${w.title}: `}))) : null,
  ];
}

function eventFrom(form, n) {
  const value = name => form.elements[name].value.trim();
  const event = {into: 'events', id: `what-if-${n}`, date: value('date'), kind: value('kind'), title: value('title')};
  for (const role of ['actor', 'target', 'organisation']) if (value(role)) event[role] = value(role);
  if (value('parties')) event.parties = value('parties').split(',').map(s => s.trim()).filter(Boolean);
  if (value('binding')) event.binding = value('binding') === 'true';
  event.source = {author: value('author'), year: Number(value('year')), title: value('sourceTitle')};
  return event;
}

/** Wires the fact switches, the add-an-event form and the run button of the case page. */
export function setUpWhatIf(caseJson, asOfInput, eventKinds) {
  const form = document.getElementById('what-if-form');
  const result = document.getElementById('what-if-result');
  const changes = document.getElementById('what-if-changes');
  const addedList = document.getElementById('added-events');
  const kind = form.elements.kind;
  eventKinds.forEach(k => kind.append(h('option', {value: k}, k)));
  document.getElementById('actor-ids').append(...caseJson.actors.map(a => h('option', {value: a.id}, a.name)));
  document.getElementById('organisation-ids').append(...caseJson.organisations.map(o => h('option', {value: o.id}, o.name)));
  form.elements.year.value = new Date().getFullYear();
  const added = [];
  let n = 0;

  const removed = () => [...form.querySelectorAll('input[name=fact]:not(:checked)')].map(box => box.value);
  const describe = () => {
    const off = removed().length;
    show(changes, `${off} fact${off === 1 ? '' : 's'} off, ${added.length} added; as of ${asOfInput.value}.`);
    form.querySelectorAll('input[name=fact]').forEach(box => box.closest('tr').classList.toggle('off', !box.checked));
  };
  const listAdded = () => {
    show(addedList, added.map((e, i) => h('li', {}, `${e.id}: ${e.date} ${e.kind}: ${e.title} `,
      h('button', {type: 'button', onclick: () => { added.splice(i, 1); listAdded(); describe(); }}, `Remove ${e.id}`))));
  };

  form.addEventListener('change', describe);
  asOfInput.addEventListener('change', describe);
  document.getElementById('add-event').addEventListener('click', () => {
    added.push(eventFrom(form, ++n));
    listAdded();
    describe();
  });
  document.getElementById('reset-what-if').addEventListener('click', () => {
    form.querySelectorAll('input[name=fact]').forEach(box => { box.checked = true; });
    added.length = 0;
    listAdded();
    describe();
    result.replaceChildren();
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const off = removed();
    const plus = added.map(e => ({...e}));
    show(result, h('p', {role: 'status'}, 'Evaluating before and after…'));
    try {
      const r = await api.whatIf(asOfInput.value, {caseId: caseJson.id, changes: {remove: off, add: plus}});
      show(result, resultView(r, off, plus, caseJson));
    } catch (e) {
      show(result, errorMessage(e));
    }
  });
  describe();
}
