(function () {
  var PROJECT_KEY = 'phc_YY7PkM4JIOWgPpQztL6XXHf5a5kudzkFdTB6f43io0J';
  var API_HOST = 'https://eu.i.posthog.com';

  fetch('/flag-service/api/client-config/bootstrap', { credentials: 'same-origin' })
    .then(function (res) { return res.json(); })
    .then(function (cfg) {
      posthog.init(cfg.projectKey || PROJECT_KEY, {
        api_host: cfg.host || API_HOST,
        person_profiles: 'identified_only',
        bootstrap: { featureFlags: cfg.flags || {} }
      });
    });
})();
