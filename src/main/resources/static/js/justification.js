// Warnings, their level steps and justification trees, conclusions and the explanation assessments of an
// evaluation. Every node of a tree is a <details> (keyboard: Tab to its summary, Enter or Space opens it).
import {citation, h, levelBadge, propositionLink} from './dom.js';

/**
 * Finds the id of the case fact a justification cites by its JSON path: $.events[21] is the case's 22nd
 * event, $.changes.add[0] the first event a what-if added. Parameters and other paths have none.
 */
export function factIds(caseJson, added = []) {
  return path => {
    let m = /^\$\.(actors|organisations|memberships|events)\[(\d+)]/.exec(path);
    if (m) return caseJson[m[1]]?.[Number(m[2])]?.id ?? null;
    m = /^\$\.changes\.add\[(\d+)]/.exec(path);
    return m ? added[Number(m[1])]?.id ?? null : null;
  };
}

function factItem(fact, factId) {
  const id = factId(fact.path);
  return h('li', {class: 'fact', 'data-fact-id': id, 'data-path': fact.path},
    fact.date ? h('time', {datetime: fact.date}, fact.date) : null, ' ', fact.summary,
    h('br'), h('span', {class: 'detail'}, 'Source: '), citation(fact.source),
    h('span', {class: 'detail path'}, ' ', id ? [h('a', {href: `#fact-${id}`}, `fact ${id}`), ', '] : null, fact.path));
}

/** One node: the rule that concluded something, its proposition and section, the facts it matched, and the conclusions it rests on. */
export function justificationTree(j, factId, {open = false, lead = ''} = {}) {
  const where = j.proposition ? `${j.proposition} · §${j.section}` : 'fact';
  return h('details', {class: 'node', 'data-proposition': j.proposition, 'data-rule': j.rule, open},
    h('summary', {}, lead, h('span', {class: 'tag'}, where), ' ', j.conclusion || j.rule || 'facts'),
    h('div', {class: 'node-body'},
      j.rule ? h('p', {class: 'rule-line'}, 'Rule ', h('q', {}, j.rule), ', proposition ', propositionLink(j.proposition),
        `, the paper's §${j.section}.`) : null,
      j.facts.length ? h('ul', {class: 'facts-cited', 'aria-label': 'facts this rule matched'}, j.facts.map(f => factItem(f, factId))) : null,
      j.because.map(b => justificationTree(b, factId, {lead: 'because: '}))));
}

function levelSteps(w, factId) {
  if (!w.levelSteps.length) return h('p', {class: 'steps'}, `Level ${w.level}, as the warning rule sets it.`);
  const sign = n => (n >= 0 ? `+${n}` : `${n}`);
  const line = w.levelSteps.map(s => `${sign(s.steps)} ${s.justification.proposition} (${s.reason})`).join(', ');
  return h('details', {class: 'level-steps'},
    h('summary', {}, `Why ${w.level}: ${w.baseLevel}, ${line} → ${w.level}`),
    h('ol', {class: 'plain'}, w.levelSteps.map(s =>
      h('li', {}, h('strong', {}, `${sign(s.steps)} step${Math.abs(s.steps) === 1 ? '' : 's'}`), `: ${s.reason}`,
        justificationTree(s.justification, factId)))));
}

/** A warning in full: level, title, propositions, actors, why it has its level, and its justification tree. */
export function warningCard(w, factId) {
  return h('article', {class: `warning warning-${w.level.toLowerCase()}`, 'data-kind': w.kind,
      'data-proposition': w.propositions[0], 'data-level': w.level},
    h('h4', {}, levelBadge(w.level), ' ', w.title),
    h('p', {class: 'meta'}, 'Propositions ', w.propositions.flatMap((p, i) => [i ? ', ' : '', propositionLink(p)]),
      ` · actors ${w.actors.join(', ')} · since ${w.since}`),
    levelSteps(w, factId),
    justificationTree(w.justification, factId, {lead: 'Justification: '}));
}

function assessment(a, factId) {
  const items = (title, list) => list.length ? [h('h5', {}, title), h('ul', {class: 'plain evidence'}, list.map(i =>
    h('li', {}, h('strong', {}, `weight ${i.weight}`), `: ${i.statement}`, justificationTree(i.justification, factId))))] : null;
  return h('details', {class: 'assessment', 'data-explanation': a.explanation},
    h('summary', {}, h('span', {class: 'tag'}, a.explanation), ` ${a.title} of ${a.actor}: strength ${a.strength > 0 ? '+' : ''}${a.strength}`,
      ` (${a.supporting.length} for, ${a.opposing.length} against)`),
    h('div', {class: 'node-body'}, items('For', a.supporting), items('Against', a.opposing)));
}

/** The whole evaluation: warnings, assessments (§1's competing explanations), conclusions. */
export function evaluationView(e, factId) {
  return [
    h('h3', {}, `${e.warnings.length} warning${e.warnings.length === 1 ? '' : 's'} as of ${e.asOf}`),
    h('p', {class: 'detail'}, `Rules version ${e.rules}.`),
    e.warnings.length ? h('div', {class: 'warnings'}, e.warnings.map(w => warningCard(w, factId)))
      : h('p', {}, 'No warning on the facts known at this date.'),
    h('h3', {}, 'Competing explanations (§1)'),
    e.assessments.length
      ? [h('p', {class: 'detail'}, 'Strength is the weight of the evidence for an explanation minus the weight against it; strongest first.'),
        h('div', {class: 'assessments'}, e.assessments.map(a => assessment(a, factId)))]
      : h('p', {}, 'No evidence for or against the explanations at this date.'),
    h('details', {class: 'conclusions'},
      h('summary', {}, `Conclusions the rules drew (${e.conclusions.length})`),
      h('ul', {class: 'plain'}, e.conclusions.map(c => h('li', {},
        justificationTree(c.justification, factId, {lead: `since ${c.since}: `}))))),
  ];
}
