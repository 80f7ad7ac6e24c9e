/* Partner portal analytics bootstrap (posthog-js snippet loaded from the CDN). */
(function () {
    var POSTHOG_PROJECT_KEY = 'phc_Ui9bE73jcCrP5J82gV5VEJWwEp7K7i6e8KkaxDriWN3b';
    if (!window.posthog) {
        return;
    }
    window.posthog.init(POSTHOG_PROJECT_KEY, {
        api_host: 'https://eu.i.posthog.com',
        person_profiles: 'identified_only',
        capture_pageview: true
    });
})();
