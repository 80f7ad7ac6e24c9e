// Loads posthog-js from the EU asset host. The token is passed in by the page.
!function (t, e) {
  var s = t.createElement('script');
  s.async = true;
  s.src = 'https://eu-assets.i.posthog.com/static/array.js';
  t.head.appendChild(s);
  e.posthog = e.posthog || [];
  e.posthog.init = e.posthog.init || function (token, opts) { e.posthog._i = [[token, opts]]; };
}(document, window);
// default project token for local runs of the status page
window.POSTHOG_DEFAULT_TOKEN = 'phc_dVoBxnFJRN35QCAsKfDMPZNc6hf7f2tP9CW6zejQ3eCk';
