// Browser-side analytics for the flag admin UI. The project token is public by design.
(function () {
  posthog.init('phc_p5CBJ5UzsbKERZEuhVb7Em2S2SwVqPqcbKRGSwnZt2f8', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only'
  });
  document.querySelectorAll('[data-flag-toggle]').forEach(function (el) {
    el.addEventListener('change', function () {
      posthog.capture('flag_override_toggled', { flag: el.dataset.flagToggle });
    });
  });
})();
