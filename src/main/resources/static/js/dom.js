// Small DOM helpers shared by the pages. Text from cases and rules is always set as text, never as HTML.

/** Creates an element: h('a', {href: '/x', class: 'y'}, 'text', child, [more children]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** The levels in order; a quiet case has none. */
export const LEVELS = ['NOTICE', 'ELEVATED', 'HIGH', 'CRITICAL'];

export function levelBadge(level) {
  return level
    ? h('span', {class: `level level-${level.toLowerCase()}`}, level)
    : h('span', {class: 'level level-none'}, 'no warning');
}

/** A source as a citation: author (year), title (a link where there is a url), pages. */
export function citation(source) {
  if (!source) return h('span', {class: 'source'}, 'no source');
  const title = source.title || source.url;
  return h('span', {class: 'source'},
    `${source.author} (${source.year}), `,
    source.url ? h('a', {href: source.url, rel: 'noopener'}, title) : h('cite', {}, title),
    source.pages ? `, ${source.pages}` : '');
}

export function propositionLink(id) {
  return h('a', {href: `rules.html#${id}`, class: 'proposition'}, id);
}

/** Replaces an element's content. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

export function errorMessage(error) {
  const items = (error.errors || []).map(e => h('li', {}, h('code', {}, e.path), ` ${e.message}`));
  return h('div', {class: 'error', role: 'alert'}, h('p', {}, error.message), items.length ? h('ul', {}, items) : null);
}
