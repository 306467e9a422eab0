// csp.html's only script besides the map: lists every Content-Security-Policy violation (and any
// error) in the page, so a reader sees at once whether the map works under the policy.
(() => {
  const problems = [];
  let loaded = false;

  const show = () => {
    const box = document.getElementById('csp-report');
    if (!box) return;
    box.className = `csp-report ${problems.length ? 'bad' : 'ok'}`;
    box.replaceChildren();
    if (!problems.length) {
      box.textContent = loaded ? 'No Content-Security-Policy violation, no error: the map loaded under this policy.' : 'No violation so far…';
      return;
    }
    box.append(`${problems.length} problem${problems.length === 1 ? '' : 's'} under this policy:`);
    const list = document.createElement('ul');
    const counts = new Map();
    for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const [p, n] of counts) {
      const item = document.createElement('li');
      item.textContent = n > 1 ? `${p} (×${n})` : p;
      list.append(item);
    }
    box.append(list);
  };

  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile.split('/').pop()}:${e.lineNumber}` : '';
    const sample = e.sample ? ` (“${e.sample.slice(0, 60)}”)` : '';
    problems.push(`refused by ${e.effectiveDirective}: ${e.blockedURI || 'inline'}${where}${sample}`);
    show();
  });
  window.addEventListener('error', (e) => {
    problems.push(`error: ${e.message}`);
    show();
  });
  window.addEventListener('unhandledrejection', (e) => {
    problems.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`);
    show();
  });
  document.addEventListener('concept-load', () => {
    loaded = true;
    show();
  });
  document.addEventListener('concept-error', (e) => {
    problems.push(`concept-error: ${e.detail?.message}`);
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
