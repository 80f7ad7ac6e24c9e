// Admin dashboard analytics. The project key is the public "phc_" token, safe to ship.
(function () {
  var cfg = window.GATEWAY_ADMIN || {};
  posthog.init(cfg.projectKey || 'phc_upqx9HfM85gBP4MQJ9QEvEwyWPa2BJJq4nJuph9JK6h6', {
    api_host: cfg.posthogHost || 'https://eu.i.posthog.com',
    person_profiles: 'identified_only'
  });

  document.querySelectorAll('#flags tbody tr').forEach(function (row) {
    row.addEventListener('click', function () {
      posthog.capture('gateway_admin_flag_viewed', { flag: row.cells[0].textContent });
    });
  });
})();
