/* Flag explorer page embedded in the console's WebView. The console calls init/connect/show. */
window.explorer = (function () {
  var api = null;

  function init(projectKey, host) {
    posthog.init(projectKey, { api_host: host, autocapture: false, persistence: 'memory' });
  }

  function connect(apiHost, projectId, key) {
    api = { host: apiHost, projectId: projectId, key: key };
  }

  function definition(flagKey) {
    return fetch(api.host + '/api/projects/' + api.projectId + '/feature_flags/?key=' + encodeURIComponent(flagKey), {
      headers: { Authorization: 'Bearer ' + api.key }
    }).then(function (r) { return r.json(); });
  }

  function show(flags) {
    var body = document.querySelector('#flags tbody');
    body.innerHTML = '';
    Object.keys(flags).forEach(function (flagKey) {
      var f = flags[flagKey];
      var row = document.createElement('tr');
      row.innerHTML = '<td>' + flagKey + '</td><td class="' + (f.value ? 'enabled' : 'disabled') + '">' + f.value +
        '</td><td>' + f.evaluation.reason + '</td><td></td>';
      row.addEventListener('click', function () {
        definition(flagKey).then(function (d) {
          row.lastChild.textContent = JSON.stringify((d.results[0] || {}).filters || {});
        });
      });
      body.appendChild(row);
    });
    document.getElementById('summary').textContent = Object.keys(flags).length + ' flags';
    posthog.capture('explorer flags shown', { count: Object.keys(flags).length });
  }

  return { init: init, connect: connect, show: show };
})();

// Offline fallback when the console opens the page without calling init().
if (!window.posthog || !posthog.__loaded) {
  posthog.init('phc_S93qwHsGfQuRyd8fzGzFNXGyJCYTgwZXcpwKOwEsVnzh', { api_host: 'https://us.i.posthog.com', persistence: 'memory' });
}
