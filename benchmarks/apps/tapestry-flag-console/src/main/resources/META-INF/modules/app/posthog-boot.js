define(["jquery"], function ($) {
    return function (config) {
        if (!window.posthog) {
            return;
        }
        window.posthog.init(config.apiKey, {
            api_host: config.apiHost,
            person_profiles: "identified_only",
            bootstrap: { distinctID: config.distinctId },
            loaded: function (ph) {
                ph.__flagsKey = config.flagsKey;
                ph.reloadFeatureFlags();
            }
        });
    };
});
