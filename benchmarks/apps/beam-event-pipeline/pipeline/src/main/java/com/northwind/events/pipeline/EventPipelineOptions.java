package com.northwind.events.pipeline;

import org.apache.beam.runners.dataflow.options.DataflowPipelineOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/**
 * Command-line options of the event pipeline. Dataflow serialises these to every worker, so
 * nothing here should hold a credential: workers read keys from Secret Manager at setup.
 */
public interface EventPipelineOptions extends DataflowPipelineOptions {

  @Description("Pub/Sub subscription the storefront publishes raw events to")
  @Validation.Required
  String getInputSubscription();

  void setInputSubscription(String value);

  @Description("PostHog ingestion host")
  @Default.String("https://us.i.posthog.com")
  String getPosthogHost();

  void setPosthogHost(String value);

  @Description("PostHog project API key used to capture enriched events")
  @Default.String("phc_cj3uK6JKMKSsq5sMKC2DAYDjRNvPXXP3vJbMKE4d3qSs")
  String getPosthogProjectApiKey();

  void setPosthogProjectApiKey(String value);

  @Description("Feature-flags secure API key used for local flag evaluation on the workers")
  @Default.String("phs_Wq8ZnVQre8UKLGuermvQkH4vzgk2VGFDyRRNrqZVerF8fWp5")
  String getPosthogFlagsSecureKey();

  void setPosthogFlagsSecureKey(String value);

  @Description("Secret Manager secret id holding the PostHog personal API key")
  @Default.String("posthog-personal-api-key")
  String getPersonalKeySecretId();

  void setPersonalKeySecretId(String value);

  @Description("JDBC URL of the run-summary database read by the status service")
  @Default.String("jdbc:postgresql://10.20.0.5:5432/pipeline_runs")
  String getJdbcUrl();

  void setJdbcUrl(String value);

  @Description("Database user for run summaries")
  @Default.String("pipeline_writer")
  String getJdbcUser();

  void setJdbcUser(String value);

  @Description("Database password for run summaries")
  String getJdbcPassword();

  void setJdbcPassword(String value);

  @Description("Seconds between two local-evaluation polls of the flag definitions")
  @Default.Integer(30)
  Integer getFlagPollIntervalSeconds();

  void setFlagPollIntervalSeconds(Integer value);
}
