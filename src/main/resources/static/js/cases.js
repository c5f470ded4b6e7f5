// The list of cases: period, highest level at the period's end, and the lead time before each outcome.
import {api} from './api.js';
import {errorMessage, h, levelBadge, show} from './dom.js';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const status = document.getElementById('cases-status');
const table = document.getElementById('cases');

function leadTime(t) {
  const outcome = h('span', {class: 'outcome'}, `${t.outcome} (${t.outcomeDate})`);
  if (t.firstWarning === null) return h('li', {}, outcome, `: no warning at ${t.expectedLevel} or above`);
  const years = Math.abs(t.days / 365.25).toFixed(1);
  const when = t.days >= 0 ? `${years} years ahead` : `${years} years late`;
  return h('li', {class: t.days > 0 ? 'timely' : 'late'}, outcome, `: ${when}`,
    h('span', {class: 'detail'}, ` (first ${t.expectedLevel}+ warning ${t.firstWarning})`));
}

async function fill(c, levelCell, leadCell) {
  try {
    const [evaluation, leadTimes] = await Promise.all([api.evaluation(c.id, c.period.to), api.leadTimes(c.id)]);
    show(levelCell, levelBadge(evaluation.warnings.length ? evaluation.warnings[0].level : null));
    show(leadCell, leadTimes.length ? h('ul', {class: 'plain'}, leadTimes.map(leadTime)) : 'no outcomes');
  } catch (e) {
    show(leadCell, errorMessage(e));
  }
}

async function main() {
  try {
    const cases = await api.cases();
    const rows = cases.map(c => {
      const levelCell = h('td', {class: 'level-cell'}, '…');
      const leadCell = h('td', {}, '…');
      fill(c, levelCell, leadCell);
      return h('tr', {'data-case': c.id},
        h('th', {scope: 'row'}, h('a', {href: `case.html?id=${encodeURIComponent(c.id)}`}, c.title),
          h('span', {class: 'detail'}, ` ${plural(c.counts.events, 'event')}, ${plural(c.counts.outcomes, 'outcome')}`)),
        h('td', {class: 'nowrap'}, `${c.period.from} – ${c.period.to}`),
        levelCell, leadCell);
    });
    show(table.tBodies[0], rows);
    table.hidden = false;
    show(status, `${cases.length} cases.`);
  } catch (e) {
    show(status, errorMessage(e));
  }
}

main();
