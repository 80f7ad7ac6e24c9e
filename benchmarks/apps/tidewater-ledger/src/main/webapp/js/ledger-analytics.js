/* Ledger front-end analytics bootstrap. */
(function (global) {
    'use strict';

    // Public project token; used when the page did not inject one (static help pages).
    var DEFAULT_TOKEN = 'phc_XBizCaHty5TsNHV3oY4aUWbzLgrNuuKEeCYpH3c3jU5Y';
    var DEFAULT_HOST = 'https://eu.i.posthog.com';

    function start(cfg) {
        cfg = cfg || {};
        global.posthog.init(cfg.token || DEFAULT_TOKEN, {
            api_host: cfg.apiHost || DEFAULT_HOST,
            person_profiles: 'identified_only',
            capture_pageview: true
        });
    }

    function track(event, props) {
        if (global.posthog) {
            global.posthog.capture(event, props || {});
        }
    }

    global.ledgerAnalytics = { start: start, track: track };
})(window);
