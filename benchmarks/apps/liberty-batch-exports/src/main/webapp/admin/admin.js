async function loadJobs() {
    const cfg = await fetch('/exports/api/analytics/frontend').then(r => r.json());
    if (cfg.flagsKey) {
        window.posthog.set_config({ bootstrap: { featureFlags: cfg.bootstrapFlags || {} } });
    }
    const res = await fetch('/exports/api/jobs?name=usage-export');
    const jobs = await res.json();
    document.getElementById('jobs').innerHTML = jobs
        .map(j => `<div class="job">#${j.executionId} ${j.jobName} – ${j.batchStatus}</div>`)
        .join('');
}
loadJobs();
