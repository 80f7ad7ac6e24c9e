// Storefront analytics bootstrap (project key is public).
(function () {
  var POSTHOG_PROJECT_KEY = 'phc_KS8k44EjYtmWQKuDnCdErBGhdy8pSsMJXTg5kWH3amV7';
  if (!window.posthog) { return; }
  window.posthog.init(POSTHOG_PROJECT_KEY, {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only'
  });
  document.addEventListener('click', function (e) {
    if (e.target && e.target.id === 'refresh') {
      fetch('/admin/flags/refresh', { method: 'POST' }).then(function () { location.reload(); });
    }
  });
})();
