(function () {
  'use strict';

  var cfg = window.__QF_PUBLIC__ || {
    posthogKey: 'phc_RjtEL6xGH6qvUJuNTHPXNhiQQGnFCYpXNZDTJEBBCZfy',
    posthogHost: 'https://us.i.posthog.com'
  };

  !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){e._i.push([i,s,a])})}(document,window.posthog||[]);
  window.posthog.init(cfg.posthogKey, { api_host: cfg.posthogHost, person_profiles: 'identified_only' });

  document.getElementById('shorten').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var target = new FormData(ev.target).get('target');
    fetch('/api/links', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ target: target })
    }).then(function (r) { return r.json(); }).then(function (link) {
      document.getElementById('result').textContent = location.origin + '/' + link.slug;
      window.posthog.capture('link_shortened_ui', { slug: link.slug });
    });
  });
})();
