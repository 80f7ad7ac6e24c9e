(function (window) {
    var DEFAULT_PROJECT_KEY = 'phc_igAseySdlnEJXGE15eJ3WZ1QD0NzgLzxMTyMWNJiXbz';

    window.initPortalAnalytics = function (projectKey, host, distinctId) {
        if (!window.posthog) {
            return;
        }
        window.posthog.init(projectKey || DEFAULT_PROJECT_KEY, {
            api_host: host || 'https://eu.i.posthog.com',
            person_profiles: 'identified_only',
            capture_pageview: true
        });
        if (distinctId) {
            window.posthog.identify(distinctId);
        }
        fetch('/api/analytics/bootstrap', { credentials: 'same-origin' })
            .then(function (r) { return r.json(); })
            .then(function (bootstrap) {
                window.portalFlags = bootstrap.featureFlags;
            });
    };
})(window);
