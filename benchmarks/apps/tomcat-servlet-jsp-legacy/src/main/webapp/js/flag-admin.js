/* Admin flag toggles - talks to the PostHog REST API with the config injected by dashboard.jsp */
(function () {
  'use strict';
  var cfg = window.BW_FLAG_ADMIN;
  if (!cfg) { return; }
  var base = cfg.apiHost + '/api/projects/' + cfg.projectId + '/feature_flags/';
  var headers = { 'Authorization': 'Bearer ' + cfg.personalApiKey, 'Content-Type': 'application/json' };

  fetch(base + '?active=true', { headers: headers })
    .then(function (r) { return r.json(); })
    .then(function (page) {
      var list = document.getElementById('flag-list');
      page.results.forEach(function (flag) {
        var li = document.createElement('li');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = flag.active;
        box.addEventListener('change', function () {
          fetch(base + flag.id + '/', { method: 'PATCH', headers: headers, body: JSON.stringify({ active: box.checked }) });
        });
        li.appendChild(box);
        li.appendChild(document.createTextNode(' ' + flag.key));
        list.appendChild(li);
      });
    });
})();
