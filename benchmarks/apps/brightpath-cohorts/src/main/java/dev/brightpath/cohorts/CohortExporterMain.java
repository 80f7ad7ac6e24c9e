package dev.brightpath.cohorts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** {@code java -jar cohort-exporter.jar --config exporter-prod.properties --cohort 118 [--cohort 119] [--dry-run]} */
public final class CohortExporterMain {

  private static final Logger LOG = LogManager.getLogger(CohortExporterMain.class);

  private CohortExporterMain() {}

  public static void main(String[] args) throws Exception {
    Path configFile = Path.of("exporter.properties");
    String personalApiKey = null;
    List<Long> cohorts = new ArrayList<>();
    boolean dryRun = false;

    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--config" -> configFile = Path.of(args[++i]);
        case "--cohort" -> cohorts.add(Long.parseLong(args[++i]));
        case "--personal-api-key" -> personalApiKey = args[++i];
        case "--dry-run" -> dryRun = true;
        default -> {
          System.err.println("Unknown option: " + args[i]);
          System.exit(64);
        }
      }
    }
    if (personalApiKey != null && personalApiKey.length() < 40) {
      System.err.println("--personal-api-key looks truncated: " + personalApiKey);
      System.exit(64);
    }

    ExporterConfig config = new ConfigLoader().load(configFile, personalApiKey, dryRun);
    LOG.info("Loaded configuration {}", config);
    LOG.info("Effective configuration: {}", config.describe());
    LOG.info("Personal API key: length {}, starts with {}", config.personalApiKey().length(), config.personalApiKey().substring(0, 4));
    System.out.println("Exporting " + cohorts.size() + " cohort(s) from project " + config.projectId() + (dryRun ? " (dry run)" : ""));

    PostHogExportClient client = new PostHogExportClient(config);
    CohortExportJob job = new CohortExportJob(config, client);
    for (long cohortId : cohorts) {
      ExportStats stats = job.run(cohortId);
      LOG.info("Export finished: {}", stats);
      System.out.printf("cohort %d: %d rows in %d pages -> %s%n", stats.cohortId(), stats.rows(), stats.pages(), stats.file());
    }
  }
}
