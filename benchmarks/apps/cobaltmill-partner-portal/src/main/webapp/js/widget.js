/* Embeddable partner widget. Captures into the shared Cobaltmill project (public key). */
(function (w, d) {
  var PROJECT_KEY = 'phc_OU4EpnDFw6fgTu6ANHzBwCk1lNd2zmMeL8Iy5MAUIyV';
  fetch('/api/widget-bootstrap', { credentials: 'include' })
    .then(function (r) { return r.json(); })
    .then(function (cfg) {
      w.posthog.init(cfg.projectKey || PROJECT_KEY, { api_host: cfg.apiHost });
      d.dispatchEvent(new CustomEvent('cobaltmill:widget-ready', { detail: { keyHint: cfg.keyHint } }));
    });
})(window, document);
