// Product analytics for the flag console (project key is public by design).
!function (t, e) { /* posthog-js loader snippet omitted */ }(document, window.posthog || []);

posthog.init('phc_CdZaX4qJewwKjuyV8hJKcwTRsHXbNwBHE4J3VQ25BTyx', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only'
});
