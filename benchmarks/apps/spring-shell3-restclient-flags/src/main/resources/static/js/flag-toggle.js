(function () {
  const cfg = window.FLAG_ADMIN || {};

  async function toggle(projectId, flagId, active) {
    const res = await fetch(`${cfg.appHost}/api/projects/${projectId}/feature_flags/${flagId}/`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${cfg.personalKey}`
      },
      body: JSON.stringify({ active })
    });
    if (!res.ok) {
      throw new Error(`toggle failed: ${res.status}`);
    }
    return res.json();
  }

  window.flagAdminToggle = toggle;
})();
