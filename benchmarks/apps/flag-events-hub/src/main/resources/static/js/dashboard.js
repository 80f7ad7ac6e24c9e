/* Live feed of flag changes. Loads /api/client-config, then subscribes over STOMP. */
(function () {
  var POSTHOG_FALLBACK_KEY = 'phc_UcUKXvQsNGraiB4yWlMsdlt71xf3Wm7GIDEDJpI1WzBQ';

  function initPosthog(config) {
    var key = (config && config.posthogKey) || POSTHOG_FALLBACK_KEY;
    if (window.posthog) {
      posthog.init(key, { api_host: config.posthogHost || 'https://eu.i.posthog.com' });
    }
  }

  function connect(token) {
    var client = new StompJs.Client({
      webSocketFactory: function () { return new SockJS('/ws'); },
      connectHeaders: { Authorization: 'Bearer ' + token, 'X-Dashboard-User': localStorage.getItem('flaghub.user') || '' },
      reconnectDelay: 5000
    });
    client.onConnect = function () {
      document.getElementById('connection').textContent = 'live';
      client.subscribe('/topic/flags', function (frame) {
        var change = JSON.parse(frame.body);
        var li = document.createElement('li');
        li.textContent = change.flagKey + ' -> ' + (change.active ? change.rolloutPercentage + '%' : 'off') + ' by ' + change.changedBy;
        document.getElementById('events').prepend(li);
        if (window.posthog) { posthog.capture('flag change seen', { flag: change.flagKey }); }
      });
      client.publish({ destination: '/app/flags.snapshot' });
      window.flagHubClient = client;
    };
    client.activate();
  }

  fetch('/api/client-config').then(function (r) { return r.json(); }).then(function (config) {
    initPosthog(config);
    connect(sessionStorage.getItem('flaghub.token'));
  });
})();
