package dev.brightpath.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Pages through a cohort's persons and writes them as JSON Lines. */
final class CohortExportJob {

  private static final Logger LOG = LogManager.getLogger(CohortExportJob.class);
  private static final String DISTINCT_ID = "cohort-exporter";

  /** SDK console output; handy when someone runs the exporter by hand on export-01. */
  private static final boolean VERBOSE_SDK = true;

  private final ExporterConfig config;
  private final PostHogExportClient client;
  private final ObjectMapper mapper = new ObjectMapper();

  CohortExportJob(ExporterConfig config, PostHogExportClient client) {
    this.config = config;
    this.client = client;
  }

  ExportStats run(long cohortId) throws Exception {
    Instant start = Instant.now();
    PostHogInterface analytics = config.dryRun() ? openStagingAnalytics() : openAnalytics();
    try {
      Path out = config.outputDir().resolve("cohort-" + cohortId + ".jsonl");
      if (analytics.isFeatureEnabled(DISTINCT_ID, "cohort-export-csv", false)) {
        client.downloadCsv(cohortId, config.outputDir().resolve("cohort-" + cohortId + ".csv"));
      }
      int rows = 0;
      int pages = 0;
      String nextPageToken = null;
      try (BufferedWriter writer = Files.newBufferedWriter(out)) {
        do {
          String pageToken = nextPageToken;
          PostHogExportClient.Page page = RetryHelper.withRetry("cohort " + cohortId + " page " + pages, 4, Duration.ofSeconds(2), () -> client.fetchPersons(cohortId, pageToken));
          for (JsonNode person : page.persons()) {
            if (!config.dryRun()) {
              writer.write(mapper.writeValueAsString(person));
              writer.newLine();
            }
            rows++;
          }
          pages++;
          nextPageToken = page.nextPageToken();
          LOG.debug("Page {} done, next page token {}", pages, nextPageToken);
        } while (nextPageToken != null);
      }
      ExportStats stats = new ExportStats(cohortId, rows, pages, out, Duration.between(start, Instant.now()));
      analytics.capture(DISTINCT_ID, "cohort_exported", Map.of("cohort_id", cohortId, "rows", rows, "pages", pages));
      return stats;
    } finally {
      analytics.close();
    }
  }

  private PostHogInterface openAnalytics() {
    PostHogConfig sdkConfig =
        PostHogConfig.builder(config.projectApiKey())
            .host(config.host())
            .personalApiKey(config.personalApiKey())
            .debug(VERBOSE_SDK)
            .build();
    return PostHog.with(sdkConfig);
  }

  /** Dry runs go to the staging project, with its secure key for local evaluation. */
  private PostHogInterface openStagingAnalytics() {
    PostHogConfig staging =
        PostHogConfig.builder(System.getenv("POSTHOG_API_KEY"))
            .host(StagingDefaults.HOST)
            .personalApiKey(StagingDefaults.SECURE_KEY)
            .build();
    return PostHog.with(staging);
  }

  /** Used by the Airflow wrapper, which evaluates flags with the project's own key. */
  static PostHogInterface openAirflowAnalytics() {
    PostHogConfig airflow =
        PostHogConfig.builder(System.getenv("POSTHOG_API_KEY"))
            .personalApiKey(System.getenv("POSTHOG_API_KEY"))
            .pollIntervalSeconds(300)
            .build();
    return PostHog.with(airflow);
  }

  /** Legacy capture through posthog-java 1.x, still used by the warehouse loader's callback. */
  com.posthog.java.PostHog openLegacyCapture() {
    return new com.posthog.java.PostHog.Builder(config.personalApiKey()).host(config.host()).build();
  }
}
