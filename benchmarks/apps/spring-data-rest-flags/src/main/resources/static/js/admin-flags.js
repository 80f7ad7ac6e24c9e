(function () {
  'use strict';

  const POSTHOG_APP_HOST = 'https://us.posthog.com';
  const POSTHOG_PROJECT_ID = 48213;
  const POSTHOG_USAGE_KEY = 'phx_eUEoAZyFUvMrURlodSDhaIPBd68sj9vVkD0wNwZFu9t';

  async function loadUsage(row) {
    const flagId = row.dataset.flagId;
    if (!flagId) {
      return;
    }
    const response = await fetch(
      `${POSTHOG_APP_HOST}/api/projects/${POSTHOG_PROJECT_ID}/feature_flags/${flagId}/activity/`,
      { headers: { Authorization: `Bearer ${POSTHOG_USAGE_KEY}` } }
    );
    if (!response.ok) {
      return;
    }
    const activity = await response.json();
    const cell = document.createElement('td');
    cell.textContent = `${activity.results.length} changes`;
    row.appendChild(cell);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('tr[data-flag-id]').forEach(loadUsage);
  });
})();
