// The rule catalogue: the paper's sections, each proposition with its statement and the rules encoding it,
// each rule with the cases in which it fires.
import {api} from './api.js';
import {errorMessage, h, show} from './dom.js';

function caseLinks(ids) {
  if (!ids.length) return h('span', {class: 'detail'}, 'no case');
  return h('ul', {class: 'inline-list'}, ids.map(id => h('li', {}, h('a', {href: `case.html?id=${encodeURIComponent(id)}`}, id))));
}

function ruleTable(rules) {
  return h('div', {class: 'table-wrap'}, h('table', {class: 'rules'},
    h('thead', {}, h('tr', {}, ['Rule', 'Role', 'Level', 'Where', 'Fires in'].map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, rules.map(r => h('tr', {'data-rule': r.name},
      h('td', {}, h('strong', {}, r.name), r.paraphrase ? h('p', {class: 'detail'}, r.paraphrase) : null),
      h('td', {}, r.role ?? ''), h('td', {class: 'nowrap'}, r.level ?? ''),
      h('td', {}, h('code', {}, `${r.file}:${r.line}`)),
      h('td', {}, caseLinks(r.firesIn)))))));
}

function proposition(p) {
  return h('article', {class: 'proposition', id: p.id, 'data-proposition': p.id},
    h('h3', {}, `${p.id} ${p.title}`),
    h('blockquote', {}, p.statement),
    p.declined ? h('p', {}, h('strong', {}, 'Declined: '), p.declined) : null,
    p.rules.length ? ruleTable(p.rules) : (p.declined ? null : h('p', {class: 'error'}, 'Not encoded, and not declined.')));
}

async function main() {
  const status = document.getElementById('rules-status');
  try {
    const catalogue = await api.catalogue();
    show(document.getElementById('sections'), h('ul', {class: 'inline-list'},
      catalogue.sections.map(s => h('li', {}, h('a', {href: `#section-${s.section}`}, `§${s.section} ${s.title}`)))));
    show(document.getElementById('catalogue'), catalogue.sections.map(s =>
      h('section', {id: `section-${s.section}`, 'aria-labelledby': `section-${s.section}-heading`},
        h('h2', {id: `section-${s.section}-heading`}, `§${s.section} ${s.title}`),
        s.propositions.map(proposition))));
    show(status, `${catalogue.summary}. Rules version ${catalogue.rules}; cases: ${catalogue.cases.join(', ')}.`);
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (e) {
    show(status, errorMessage(e));
  }
}

main();
