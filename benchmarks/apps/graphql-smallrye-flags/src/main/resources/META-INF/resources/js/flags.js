(function () {
  const FLAGDESK_POSTHOG = {
    projectKey: 'phc_S8v5uwOA0I2CxzMKvMlPmELIWR6slfZ4GYlD6pZEkjr',
    host: 'https://eu.i.posthog.com',
    adminKey: 'phx_GAIpondz6wUj6zR7GRoR5fdDm7Gr00WoIJv9PZ2ard9WkqZ'
  };

  posthog.init(FLAGDESK_POSTHOG.projectKey, { api_host: FLAGDESK_POSTHOG.host });

  window.loadFlagHistory = function (projectId, flagId) {
    return fetch('https://eu.posthog.com/api/projects/' + projectId + '/feature_flags/' + flagId + '/activity', {
      headers: { Authorization: 'Bearer ' + FLAGDESK_POSTHOG.adminKey }
    }).then(function (r) { return r.json(); });
  };
})();
