// Dispatch console flag widget. Falls back to the public project token when the
// server-rendered config is missing (e.g. when the page is served from the CDN cache).
(function () {
  var cfg = window.LF_POSTHOG || {};
  var projectKey = cfg.projectApiKey || 'phc_SHZzYAnMxCrf6QEWekfGmbuqKVJzinjJhU9q2wtgFD95';
  var host = cfg.host || 'https://eu.i.posthog.com';

  posthog.init(projectKey, { api_host: host, autocapture: false });

  fetch('/api/flags/bootstrap?distinctId=' + encodeURIComponent(posthog.get_distinct_id()))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      posthog.featureFlags.override(data.flags);
    });
})();
