// The JSON API under /api. A failed request throws an Error carrying the problem's detail and errors[].

async function send(path, options) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}, ...options});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.errors = body && body.errors ? body.errors : [];
    throw error;
  }
  return body;
}

const enc = encodeURIComponent;

export const api = {
  cases: () => send('/api/cases'),
  case: id => send(`/api/cases/${enc(id)}`),
  evaluation: (id, asOf) => send(`/api/cases/${enc(id)}/evaluation?asOf=${enc(asOf)}`),
  timeline: id => send(`/api/cases/${enc(id)}/timeline`),
  leadTimes: id => send(`/api/cases/${enc(id)}/lead-times`),
  catalogue: () => send('/api/catalogue'),
  validation: () => send('/api/validation'),
  whatIf: (asOf, request) => send(`/api/what-if?asOf=${enc(asOf)}`, {
    method: 'POST',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json'},
    body: JSON.stringify(request),
  }),
};
