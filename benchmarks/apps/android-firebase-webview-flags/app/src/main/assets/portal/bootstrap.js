// Loaded by the portal page inside PortalActivity's WebView.
(function () {
  var cfg = JSON.parse(window.CommuterBridge.getAnalyticsBootstrap());
  posthog.init(cfg.token, { api_host: cfg.host, persistence: 'memory' });
  window.lumenrail = window.lumenrail || {};
  window.lumenrail.getSession = function () {
    return window.CommuterBridge.getSessionToken();
  };
})();
