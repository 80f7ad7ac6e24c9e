(function () {
  var FALLBACK_KEY = 'phc_MhUBUrUNY6E6v9RR4QCd34oh8uq2WfvDckiL8dCb5oDG';

  fetch('/api/analytics/bootstrap', { credentials: 'same-origin' })
    .then(function (res) { return res.ok ? res.json() : {}; })
    .catch(function () { return {}; })
    .then(function (cfg) {
      posthog.init(cfg.apiKey || FALLBACK_KEY, {
        api_host: cfg.apiHost || 'https://eu.i.posthog.com',
        capture_pageview: true,
        persistence: 'localStorage+cookie'
      });
    });
})();
