/* posthog-js bootstrap for the FlagDesk console. The token is the public
 * project token; the inline <fd:posthogBootstrap/> script may override it. */
(function () {
  var cfg = window.flagdesk || {};
  var token = cfg.posthogToken || 'phc_cESh6Soq8sxVjaoRRYTa5orqTmhHQybmMP3KJ2AD27Eq';
  var host = cfg.apiHost || 'https://eu.i.posthog.com';
  if (window.posthog && typeof window.posthog.init === 'function') {
    window.posthog.init(token, {
      api_host: host,
      person_profiles: 'identified_only',
      capture_pageview: true
    });
  }
})();
