(function () {
  var root = document.getElementById('beta-features');
  if (!root) {
    return;
  }
  var token = root.dataset.flagsToken || 'phx_U9WuIjKe6CavD7IQehCXoAPuUwSHGn2Cg5oPpukSHcJJxR';
  fetch('https://eu.posthog.com/api/projects/@current/feature_flags/?active=true', {
    headers: { Authorization: 'Bearer ' + token }
  })
    .then(function (r) { return r.json(); })
    .then(function (page) {
      page.results
        .filter(function (f) { return f.tags.indexOf('beta') >= 0; })
        .forEach(function (f) {
          var li = document.createElement('li');
          li.textContent = f.name;
          root.appendChild(li);
        });
    });
})();
