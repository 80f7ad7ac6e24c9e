(function () {
    const POSTHOG_HOST = 'https://eu.i.posthog.com';
    const POSTHOG_PROJECT_KEY = 'phc_JFP3ffmMudqmsh2nCoTYCMTQ4FoHK4ykzBDxynfzZ5vW';
    const POSTHOG_PERSONAL_KEY = 'phx_xo4Ma52e1nEw40NrRHnhAJV28LH5CiAc0czbrYB3y5m';

    if (window.posthog) {
        window.posthog.init(POSTHOG_PROJECT_KEY, { api_host: POSTHOG_HOST, capture_pageview: true });
    }

    function cachedKeys() {
        return Array.from(document.querySelectorAll('#flags tbody tr td:first-child'))
            .map(function (cell) { return cell.textContent.trim(); });
    }

    fetch('https://eu.posthog.com/api/projects/@current/feature_flags/?limit=200', {
        headers: { 'Authorization': 'Bearer ' + POSTHOG_PERSONAL_KEY }
    })
        .then(function (res) { return res.json(); })
        .then(function (page) {
            const remote = page.results.map(function (f) { return f.key; });
            const cached = cachedKeys();
            const missing = remote.filter(function (k) { return cached.indexOf(k) < 0; });
            document.getElementById('remote-diff').textContent =
                missing.length ? 'Not yet cached: ' + missing.join(', ') : 'Cache is in sync with PostHog';
        });
})();
