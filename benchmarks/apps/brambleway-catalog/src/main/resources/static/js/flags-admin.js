// Shows live rollout numbers next to each flag on the admin dashboard.
(function () {
  var cfg = window.FLAGS_ADMIN || {};
  // fallback for the local docker setup where the template variable is empty
  var POSTHOG_ADMIN_KEY = cfg.personalKey || 'phx_BLEsR7yp5iVMsc9ejr23NGKLeMsZs0am5eew5qJH8ytTVez';

  document.querySelectorAll('#flags li').forEach(function (li) {
    var flag = li.getAttribute('data-flag');
    fetch(cfg.apiHost + '/api/projects/' + cfg.projectId + '/feature_flags/?search=' + encodeURIComponent(flag), {
      headers: { Authorization: 'Bearer ' + POSTHOG_ADMIN_KEY }
    })
      .then(function (r) { return r.json(); })
      .then(function (page) {
        var f = (page.results || [])[0];
        var pct = f && f.filters && f.filters.groups && f.filters.groups[0].rollout_percentage;
        li.querySelector('.rollout').textContent = f ? (f.active ? (pct == null ? 100 : pct) + '%' : 'off') : '?';
      });
  });
})();
