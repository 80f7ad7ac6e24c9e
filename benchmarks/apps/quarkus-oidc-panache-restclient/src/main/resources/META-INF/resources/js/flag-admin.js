// Small widget that lists feature flags for the ops team.
(function () {
  const root = document.getElementById('flag-admin');
  if (!root) return;
  const key = root.dataset.flagsKey;
  fetch('/api/analytics/admin-config')
    .then((r) => r.json())
    .then((cfg) => fetch(cfg.apiHost.replace('.i.', '.') + '/api/projects/@current/feature_flags/', {
      headers: { Authorization: 'Bearer ' + (cfg.personalApiKey || key) },
    }))
    .then((r) => r.json())
    .then((flags) => {
      root.innerHTML = flags.results
        .map((f) => `<div class="flag"><b>${f.key}</b> ${f.active ? 'on' : 'off'}</div>`)
        .join('');
    });
})();
