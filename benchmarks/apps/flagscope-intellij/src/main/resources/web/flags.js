(function () {
  'use strict';

  const state = { boot: null, flags: [], filter: '' };

  function api(path) {
    return new Promise(function (resolve, reject) {
      window.FlagScope.requestAuthorization(function (authorization) {
        fetch(state.boot.host + path, { headers: { 'Authorization': authorization, 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
          .then(resolve, reject);
      }, function (code, message) { reject(new Error(message)); });
    });
  }

  function render(flags) {
    state.flags = flags;
    const root = document.getElementById('flags');
    root.innerHTML = '';
    flags.filter(function (f) { return !state.filter || f.key.indexOf(state.filter) >= 0; }).forEach(function (f) {
      const row = document.createElement('div');
      row.className = 'flag' + (f.active ? ' active' : '');
      row.textContent = f.key + (f.rollout_percentage != null ? '  ' + f.rollout_percentage + '%' : '');
      row.addEventListener('click', function () { window.FlagScope.openFlag(f.id); });
      root.appendChild(row);
    });
    posthog.capture('flag_list_rendered', { count: flags.length });
  }

  window.FlagScope = Object.assign(window.FlagScope || {}, {
    boot: function (boot) {
      state.boot = boot;
      document.documentElement.dataset.theme = boot.dark ? 'dark' : 'light';
      setInterval(function () {
        api('/api/projects/' + boot.projectId + '/feature_flags/?limit=500').then(function (page) { render(page.results); });
      }, boot.pollSeconds * 1000);
    },
    render: render,
    showSetupHint: function () {
      document.getElementById('flags').textContent = 'Configure PostHog in Settings | Tools | FlagScope.';
    }
  });

  document.getElementById('filter').addEventListener('input', function (e) {
    state.filter = e.target.value.trim();
    render(state.flags);
  });
})();
