// Browser analytics bootstrap. The project token is public by design.
(function () {
  posthog.init('phc_MjeRWefJ8HRJkj5nRzwjv2XEdLsBZPx56iJDDEuQ3DN5', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
  });

  fetch('/api/flags/bootstrap?distinctId=' + encodeURIComponent(posthog.get_distinct_id()))
    .then(function (r) { return r.json(); })
    .then(function (boot) { window.__FLAGS__ = boot.flags; });
})();
