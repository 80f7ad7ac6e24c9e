package com.northwind.cohorts;

import com.northwind.cohorts.config.JobSettings;
import com.northwind.cohorts.config.PostHogCredentials;
import com.northwind.cohorts.filter.CohortFilterLexer;
import com.northwind.cohorts.posthog.FlagDefinitionsClient;
import com.northwind.cohorts.posthog.FlagFetchException;
import com.northwind.cohorts.posthog.PostHogClientFactory;
import com.northwind.cohorts.spark.CohortAssembler;
import com.northwind.cohorts.spark.CohortEventSender;
import com.northwind.cohorts.spark.WarehouseSource;
import com.northwind.cohorts.status.StatusServer;
import com.northwind.cohorts.util.Secrets;
import com.posthog.java.PostHog;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly job: reads member activity from the warehouse, keeps the cohorts whose
 * cohort-export-* flag is on in PostHog, and sends one membership event per member.
 */
public final class CohortJobMain {

    private static final Logger log = LogManager.getLogger(CohortJobMain.class);
    private static final String POSTHOG_PROJECT_ID = "41822";

    private CohortJobMain() {
    }

    public static void main(String[] args) throws Exception {
        SparkConf sparkConf = new SparkConf().setIfMissing("spark.app.name", "northwind-cohort-export");
        Config config = ConfigFactory.load();
        JobSettings settings = JobSettings.load(sparkConf);
        PostHogCredentials credentials = settings.credentials();
        String runId = UUID.randomUUID().toString();

        log.info("Run {} starting, PostHog host {}", runId, settings.getPosthogHost());
        log.info("Using PostHog personal API key {} for flag definitions", settings.getPersonalApiKey());
        log.info("Flags secure key {} (sha256 {})",
                Secrets.mask(settings.getPosthogSecretKey()),
                Secrets.sha256Fingerprint(settings.getPosthogSecretKey()));
        log.debug("Credentials: {}",
                credentials.toString().replaceAll("(ph[xsar]_)[A-Za-z0-9]+", "$1<redacted>"));
        log.debug("Personal key prefix {}", settings.getPersonalApiKey().substring(0, 8));

        PostHog jobEvents = new PostHog.Builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .build();
        jobEvents.capture("cohort-export-job", "cohort_export_started", Map.of("run_id", runId));

        try (StatusServer status = new StatusServer(settings, config)) {
            status.start();

            PostHogInterface flags = PostHogClientFactory.flagsClient(credentials);
            FlagDefinitionsClient definitions = PostHogClientFactory.definitionsClient(credentials);
            List<String> cohortIds;
            try {
                cohortIds = definitions.exportedCohortIds(POSTHOG_PROJECT_ID);
            } catch (FlagFetchException e) {
                log.warn("Flag definitions unavailable (HTTP {}), exporting no cohorts", e.getStatusCode());
                cohortIds = List.of();
            }
            List<String> allowed = cohortIds.stream()
                    .filter(id -> flags.isFeatureEnabled("cohort-export-job", "cohort-export-" + id, false))
                    .toList();
            if (config.hasPath("cohort-job.filter")) {
                log.debug("Filter tokens: {}", CohortFilterLexer.tokenize(config.getString("cohort-job.filter")));
            }

            SparkSession spark = SparkSession.builder().config(sparkConf).getOrCreate();
            status.phase("assembling");
            Dataset<Row> members = new CohortAssembler(spark, new WarehouseSource(config))
                    .assemble(allowed, settings.getLookbackDays(), settings.getPartitions());

            status.phase("sending");
            new CohortEventSender(settings).send(members, runId);

            status.phase("done");
            jobEvents.capture("cohort-export-job", "cohort_export_finished",
                    Map.of("run_id", runId, "cohorts", allowed.size()));
            flags.close();
            spark.stop();
        } finally {
            jobEvents.shutdown();
        }
    }
}
