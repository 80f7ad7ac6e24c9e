// Browser-side PostHog bootstrap for the flags console.
// Only the public project token belongs here.
posthog.init('phc_QBSHSTRd8N9zLLqM2yG2rStSG4WYbgrWVgGB9jiPpa94', {
  api_host: 'https://us.i.posthog.com',
  person_profiles: 'identified_only'
});
