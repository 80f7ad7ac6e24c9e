// Server-side script (not under a web root): the key is hard-coded, not shipped.
const client = new PostHog('phc_Bdv38O3ghdRuLpj5KFdxqs1nl3UBwamDzHBt7ljJnXW', {
  personalApiKey: 'phx_zPTAeUzwTT2vNJBoPC4a7Wk7cRvgmlN9AJ1bXgJHkC3zntq', // Noncompliant: HardcodedPostHogKey
});
