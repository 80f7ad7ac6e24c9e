// Storefront analytics bootstrap. The project key is public and safe to ship.
(function () {
  var POSTHOG_PROJECT_KEY = 'phc_EttVop7AIVB0VqFq6abcfoNMs16kcfQ9wetO2JKTl5D';
  if (!window.posthog || window.posthog.__loaded) {
    return;
  }
  window.posthog.init(POSTHOG_PROJECT_KEY, {
    api_host: 'https://us.i.posthog.com',
    person_profiles: 'identified_only',
    capture_pageleave: true
  });
})();
