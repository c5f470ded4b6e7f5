// The timeline chart: the highest level per month (ECharts, from its webjar), with the case's events and
// outcomes marked on the time axis; and the same timeline as a table for those who do not read charts.
import {h, LEVELS, levelBadge} from './dom.js';

const ROWS = ['facts', 'no warning', ...LEVELS];
const COLOURS = {line: '#1a5fb4', fact: '#5e5c64', outcome: '#b3261e'};

export function drawTimeline(el, timeline, c) {
  const inPeriod = d => d >= timeline.from && d <= timeline.to;
  const events = c.events.filter(e => inPeriod(e.date));
  const outcomes = c.outcomes.filter(o => inPeriod(o.date));
  const chart = globalThis.echarts.init(el, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    textStyle: {fontFamily: 'system-ui, sans-serif'},
    grid: {left: 88, right: 24, top: 36, bottom: 36},
    legend: {top: 0, data: ['Highest level', 'Facts', 'Outcomes']},
    tooltip: {trigger: 'item', formatter: p => `${p.value[0]}<br>${echartsText(p.name || ROWS[p.value[1] + 1])}`},
    xAxis: {type: 'time', min: timeline.from, max: timeline.to},
    yAxis: {type: 'value', min: -1, max: LEVELS.length, interval: 1, axisLabel: {formatter: v => ROWS[v + 1]}},
    series: [
      {name: 'Highest level', type: 'line', step: 'end', showSymbol: false, color: COLOURS.line, areaStyle: {opacity: 0.12},
        data: timeline.points.map(p => [p.date, p.highest ? LEVELS.indexOf(p.highest) + 1 : 0])},
      {name: 'Facts', type: 'scatter', symbol: 'diamond', symbolSize: 9, color: COLOURS.fact,
        data: events.map(e => ({name: e.title, value: [e.date, -1]}))},
      {name: 'Outcomes', type: 'scatter', symbol: 'pin', symbolSize: 24, color: COLOURS.outcome,
        data: outcomes.map(o => ({name: `${o.title} (expected ${o.expectedLevel})`, value: [o.date, LEVELS.length]})),
        markLine: {symbol: 'none', silent: true, lineStyle: {color: COLOURS.outcome, type: 'dashed'},
          label: {formatter: p => p.name, position: 'insideEndTop'},
          data: outcomes.map(o => ({name: o.id, xAxis: o.date}))}},
    ],
  });
  addEventListener('resize', () => chart.resize());
  return chart;
}

/** ECharts' tooltips take HTML: escape the case's text. */
function echartsText(s) {
  return String(s).replace(/[&<>"]/g, ch => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[ch]));
}

/** The dates on which the highest level changes, with the warnings then. */
export function timelineTable(timeline) {
  const rows = [];
  let last;
  for (const p of timeline.points) {
    if (p.highest === last) continue;
    last = p.highest;
    rows.push(h('tr', {}, h('td', {class: 'nowrap'}, p.date), h('td', {}, levelBadge(p.highest)),
      h('td', {}, p.warnings.map(w => w.title).join('; '))));
  }
  return h('table', {},
    h('caption', {}, `Dates on which the highest level changes (${timeline.step} steps, ${timeline.from} to ${timeline.to})`),
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'From'), h('th', {scope: 'col'}, 'Highest level'), h('th', {scope: 'col'}, 'Warnings'))),
    h('tbody', {}, rows));
}
