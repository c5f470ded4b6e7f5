// The case page: the case, its timeline chart, its evaluation at a date, and its facts with the what-if.
import {api} from './api.js';
import {errorMessage, h, show} from './dom.js';
import {evaluationView, factIds} from './justification.js';
import {factRows} from './facts.js';
import {drawTimeline, timelineTable} from './timeline.js';
import {setUpWhatIf} from './whatif.js';

const EVENT_KINDS = ['war-started', 'war-ended', 'settlement', 'settlement-denounced', 'enlargement', 'assurance-given',
  'membership-requested', 'membership-promised', 'red-line-declared', 'threat-made', 'threat-dismissed', 'expert-warning',
  'invasion-route', 'colour-revolution', 'domestic-protest', 'media-control', 'revisionist-declaration', 'aggression',
  'collective-response-authorised', 'neutrality', 'security-guarantee', 'foreign-troops-stationed', 'arms-supply',
  'battlefield-reverse', 'defence-spending', 'autonomy-agreed', 'peace-talks', 'power-collapse', 'power-rise',
  'military-deployment', 'sphere-claimed', 'alignment', 'restraint-assured', 'red-line-drawn', 'foreign-troops-withdrawn',
  'settlement-revised', 'armistice', 'territorial-claim', 'mobilisation', 'military-exercise', 'ultimatum', 'alliance-invoked',
  'independence-declared', 'recognition', 'sanctions', 'veto-or-boycott', 'arms-transfer', 'armed-groups-supported',
  'armed-incident', 'regime-change'];

const params = new URLSearchParams(location.search);
const caseId = params.get('id');
const status = document.getElementById('case-status');
const asOf = document.getElementById('as-of');
const evaluation = document.getElementById('evaluation-result');

async function evaluate(c) {
  show(evaluation, h('p', {role: 'status'}, `Evaluating as of ${asOf.value}…`));
  try {
    const e = await api.evaluation(c.id, asOf.value);
    show(evaluation, evaluationView(e, factIds(c)));
    evaluation.dataset.asOf = e.asOf;
  } catch (error) {
    show(evaluation, errorMessage(error));
  }
}

async function timeline(c) {
  const chart = document.getElementById('timeline-chart');
  try {
    const t = await api.timeline(c.id);
    drawTimeline(chart, t, c);
    chart.dataset.points = t.points.length;
    show(document.querySelector('#timeline-table .table-wrap'), timelineTable(t));
  } catch (error) {
    show(chart, errorMessage(error));
  }
}

async function main() {
  if (!caseId) {
    show(status, h('p', {}, 'No case given: ', h('a', {href: 'index.html'}, 'pick one from the list'), '.'));
    return;
  }
  let c;
  try {
    c = await api.case(caseId);
  } catch (error) {
    show(status, errorMessage(error));
    return;
  }
  document.title = `${c.title} · Concert`;
  show(document.getElementById('case-title'), c.title);
  show(document.getElementById('case-period'), `${c.period.from} to ${c.period.to} · ${c.events.length} events, `
    + `${c.outcomes.length} outcome${c.outcomes.length === 1 ? '' : 's'}: `
    + c.outcomes.map(o => `${o.title} (${o.date})`).join('; '));
  show(document.getElementById('case-summary'), c.summary ?? '');
  show(document.querySelector('#fact-list tbody'), factRows(c));

  asOf.value = params.get('asOf') ?? c.period.to;
  document.getElementById('as-of-form').addEventListener('submit', event => {
    event.preventDefault();
    history.replaceState(null, '', `?id=${encodeURIComponent(c.id)}&asOf=${asOf.value}`);
    evaluate(c);
  });
  setUpWhatIf(c, asOf, EVENT_KINDS);
  await Promise.all([timeline(c), evaluate(c)]);
}

main();
