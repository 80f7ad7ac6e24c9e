/* global StompJs, SockJS, posthog */
(function () {
  const cfg = window.BEACON;
  const consoleToken = sessionStorage.getItem('beacon.consoleToken');

  if (window.posthog) {
    posthog.init(cfg.consoleAnalyticsKey, { api_host: cfg.posthogHost, autocapture: false });
  }

  const client = new StompJs.Client({
    webSocketFactory: () => new SockJS('/ws/beacon'),
    connectHeaders: { Authorization: 'Bearer ' + consoleToken },
    reconnectDelay: 5000,
  });

  client.onConnect = () => {
    client.subscribe('/topic/flags', (frame) => render(JSON.parse(frame.body)));
    client.subscribe('/app/flags', (frame) => render(JSON.parse(frame.body)));
    client.subscribe('/user/queue/diagnostics', (frame) => {
      document.getElementById('diag-output').textContent = JSON.stringify(JSON.parse(frame.body), null, 2);
    });
  };

  document.getElementById('diagnostics').addEventListener('click', () => {
    client.publish({ destination: '/app/flags/diagnostics', body: '{}' });
  });

  function render(snapshot) {
    document.getElementById('version').textContent = 'v' + snapshot.version;
    const tbody = document.querySelector('#flags tbody');
    tbody.replaceChildren(...Object.entries(snapshot.flags).map(([key, on]) => {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td></td><td></td>';
      tr.children[0].textContent = key;
      tr.children[1].textContent = on ? 'on' : 'off';
      return tr;
    }));
  }

  client.activate();
})();
