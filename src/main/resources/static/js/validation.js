// The validation page: the latest report of `validate` (GET /api/validation), as a table of models and, for the test
// period, precision–recall curves and a calibration plot (ECharts, from its webjar).
import {h, show, errorMessage} from './dom.js';
import {api} from './api.js';

const COLOURS = ['#b3261e', '#5e5c64', '#1a5fb4', '#c64600', '#613583', '#26a269'];
const $ = id => document.getElementById(id);
let report;
let prChart;
let calibrationChart;

const fmt = v => v === null || v === undefined ? '–' : (Number.isInteger(v) && Math.abs(v) >= 1 ? String(v) : v.toFixed(3));
const metric = m => !m || m.value === null ? '–' : m.low === null ? fmt(m.value) : `${fmt(m.value)} [${fmt(m.low)}, ${fmt(m.high)}]`;

function options(select, values, label) {
  show(select, values.map(v => h('option', {value: v}, label(v))));
}

function current() {
  return report.results.find(r => r.outcome === $('outcome').value && String(r.horizon) === $('horizon').value
    && r.period === $('period').value);
}

function draw() {
  const r = current();
  if (!r) return;
  show($('models-counts'), `${r.title}, ${r.horizon} months, ${r.years} (${r.period === 'TEST' ? 'test' : 'training'}): `
    + `${r.dyads} dyads, ${r.dyadMonths} dyad-months, ${r.positiveMonths} of them followed by an onset, ${r.onsets} onsets.`);
  const head = ['Model', 'Alarm', 'Precision', 'Recall', 'F1', 'False alarms / dyad-year', 'Median lead (months)', 'AUC-PR',
    'Concert − model', 'Brier'];
  show($('models-table'), h('table', {},
    h('caption', {}, 'Precision and recall of each model\'s alarm, AUC-PR of its score, Brier of its calibrated probability; brackets: 95% intervals, dyads resampled'),
    h('thead', {}, h('tr', {}, head.map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, r.models.map(m => h('tr', {},
      h('th', {scope: 'row'}, m.model), h('td', {}, m.alarm), h('td', {}, metric(m.precision)), h('td', {}, metric(m.recall)),
      h('td', {}, metric(m.f1)), h('td', {}, fmt(m.falseAlarmsPerDyadYear)), h('td', {}, fmt(m.medianLeadMonths)),
      h('td', {}, metric(m.aucPr)), h('td', {}, metric(m.concertAucPrAbove)), h('td', {}, metric(m.brier)))))));
  const concert = r.models[0];
  show($('levels-table'), h('table', {},
    h('caption', {}, 'Concert\'s alarm at each level'),
    h('thead', {}, h('tr', {}, ['Level or above', 'Alarmed dyad-months', 'Precision', 'Recall', 'F1', 'False alarms / dyad-year', 'Median lead (months)']
      .map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, concert.levels.map(l => h('tr', {}, h('th', {scope: 'row'}, l.level), h('td', {}, fmt(l.alarmedMonths)),
      h('td', {}, fmt(l.precision)), h('td', {}, fmt(l.recall)), h('td', {}, fmt(l.f1)), h('td', {}, fmt(l.falseAlarmsPerDyadYear)),
      h('td', {}, fmt(l.medianLeadMonths)))))));
  const test = report.results.find(x => x.outcome === r.outcome && x.horizon === r.horizon && x.period === 'TEST');
  prChart.setOption({
    title: {text: `${test.title}, ${test.horizon} months, ${test.years}`, textStyle: {fontSize: 13}},
    series: test.models.map((m, i) => ({name: m.model, type: 'line', step: 'end', showSymbol: m.curve.length < 6,
      color: COLOURS[i], data: m.curve.map(p => [p[0], p[1]])})),
  }, {replaceMerge: ['series']});
  calibrationChart.setOption({
    series: [{name: 'Perfect calibration', type: 'line', color: '#9a9996', showSymbol: false, lineStyle: {type: 'dashed'},
      data: [[0, 0], [1, 1]]}, ...test.models.map((m, i) => ({name: m.model, type: 'scatter', color: COLOURS[i],
      symbolSize: b => Math.max(5, Math.min(24, Math.sqrt(b[2]) / 3)), data: m.calibration.map(b => [b.forecast, b.observed, b.count])}))],
  }, {replaceMerge: ['series']});
}

function charts() {
  const base = {animation: false, textStyle: {fontFamily: 'system-ui, sans-serif'}, legend: {top: 24},
    grid: {left: 56, right: 24, top: 72, bottom: 48}, tooltip: {trigger: 'item'}};
  prChart = globalThis.echarts.init($('pr-chart'), null, {renderer: 'canvas'});
  prChart.setOption({...base, xAxis: {type: 'value', name: 'Recall', nameLocation: 'middle', nameGap: 28, min: 0, max: 1},
    yAxis: {type: 'value', name: 'Precision', min: 0, max: 1}, series: []});
  calibrationChart = globalThis.echarts.init($('calibration-chart'), null, {renderer: 'canvas'});
  calibrationChart.setOption({...base, xAxis: {type: 'value', name: 'Forecast probability', nameLocation: 'middle', nameGap: 28, min: 0, max: 1},
    yAxis: {type: 'value', name: 'Observed frequency', min: 0, max: 1}, series: []});
  addEventListener('resize', () => { prChart.resize(); calibrationChart.resize(); });
}

async function main() {
  try {
    report = await api.validation();
  } catch (error) {
    show($('validation-status'), errorMessage(error));
    return;
  }
  const p = report.population;
  show($('validation-population'), `Rules ${report.rules} (content hash, frozen before scoring). ${p.dyads} dyads `
    + `(${p.betweenRivals} between rival great powers), ${p.dyadMonths} dyad-months; onsets in observed months: `
    + Object.entries(p.onsetsObserved).map(([k, v]) => `${k} ${v}`).join(', ') + `. Bootstrap: ${report.settings.bootstrapReplicates} draws, seed ${report.settings.seed}.`);
  const outcomes = [...new Map(report.results.map(r => [r.outcome, r.title])).entries()];
  show($('outcome'), outcomes.map(([id, title]) => h('option', {value: id}, title)));
  options($('horizon'), [...new Set(report.results.map(r => r.horizon))], v => `${v} months`);
  options($('period'), ['TEST', 'TRAIN'], v => v === 'TEST' ? 'test' : 'training');
  $('horizon').value = '24';
  charts();
  $('validation-choice').addEventListener('change', draw);
  draw();
}

main();
