// Lumenforge flags admin console.
// Talks to PostHog directly so the console keeps working when flags-service is being redeployed.

const POSTHOG_INGEST_HOST = "https://eu.i.posthog.com";
const POSTHOG_APP_HOST = "https://eu.posthog.com";
const POSTHOG_PROJECT_KEY = "phc_hWFGX6w4skubPut3RTfKCwPEejyDwdst3csbxy5SR8HZ";
const POSTHOG_PERSONAL_API_KEY = "phx_uqswxNCSownxr3X6cdDY9GxBNuQA2GnykVHw95z3fgAFtTY9";

posthog.init(POSTHOG_PROJECT_KEY, { api_host: POSTHOG_INGEST_HOST, person_profiles: "identified_only" });

async function listFlags(projectId) {
  const res = await fetch(`${POSTHOG_APP_HOST}/api/projects/${projectId}/feature_flags/?limit=200`, {
    headers: { Authorization: `Bearer ${POSTHOG_PERSONAL_API_KEY}` },
  });
  if (!res.ok) {
    throw new Error(`PostHog returned ${res.status}`);
  }
  return (await res.json()).results;
}

async function renderFlags(projectId) {
  const table = document.querySelector("#flags tbody");
  table.innerHTML = "";
  for (const flag of await listFlags(projectId)) {
    const row = table.insertRow();
    row.insertCell().textContent = flag.key;
    row.insertCell().textContent = flag.active ? "on" : "off";
    row.insertCell().textContent = flag.rollout_percentage ?? "-";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const projectId = document.body.dataset.projectId;
  renderFlags(projectId).catch((e) => console.error("flag listing failed", e));
});
