/* Rollout editor for flag admins: reads definitions straight from PostHog. */
(function () {
  var FLAGS_SECURE_KEY = 'phs_dXxSxb1Dz1JGQsvWOPgreUxyDzUhBLF2wKoR5Ag1sHRRl';
  var adminConfig = null;

  function loadDefinitions() {
    var key = (adminConfig && adminConfig.personalApiKey) || FLAGS_SECURE_KEY;
    return fetch(adminConfig.apiHost + '/api/projects/' + adminConfig.projectId + '/feature_flags/?active=true', {
      headers: { Authorization: 'Bearer ' + key }
    }).then(function (r) { return r.json(); });
  }

  function render(page) {
    var root = document.getElementById('rollouts');
    root.innerHTML = '';
    page.results.forEach(function (flag) {
      var row = document.createElement('div');
      row.textContent = flag.key + ': ' + (flag.filters.groups || []).map(function (g) { return g.rollout_percentage + '%'; }).join(', ');
      root.appendChild(row);
    });
  }

  window.addEventListener('load', function () {
    var client = window.flagHubClient;
    if (!client) { return; }
    client.subscribe('/user/queue/admin-config', function (frame) {
      adminConfig = JSON.parse(frame.body);
      document.getElementById('admin').hidden = false;
      loadDefinitions().then(render);
    });
    client.publish({ destination: '/app/flags.admin-bootstrap' });
  });
})();
