// Browser analytics bootstrap. The project key (phc_) is public by design.
const POSTHOG_PROJECT_KEY = "phc_q5uJtxU2ate3SXJkpQdsab9toNy9qJ3ahqNaqnXfjHYB";

!function (t, e) { /* posthog-js snippet loader trimmed */ }(document, window.posthog || []);

window.addEventListener("DOMContentLoaded", function () {
  posthog.init(POSTHOG_PROJECT_KEY, {
    api_host: (window.flagdesk && window.flagdesk.posthogHost) || "https://us.i.posthog.com",
    person_profiles: "identified_only"
  });
});
