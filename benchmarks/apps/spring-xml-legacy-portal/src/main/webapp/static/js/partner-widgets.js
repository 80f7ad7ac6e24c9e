(function (window) {
    var DEFAULT_KEY = 'phc_kSwfbf8C9EwCQJ3ItAyP6ljA1tu0osn1o3UruihG0t8';
    var DEFAULT_HOST = 'https://eu.i.posthog.com';

    window.partnerAnalytics = {
        start: function (projectKey, host, partnerId) {
            if (!window.posthog) {
                return;
            }
            window.posthog.init(projectKey || DEFAULT_KEY, {
                api_host: host || DEFAULT_HOST,
                person_profiles: 'identified_only',
                capture_pageview: true
            });
            if (partnerId) {
                window.posthog.identify(partnerId);
            }
        }
    };
})(window);
