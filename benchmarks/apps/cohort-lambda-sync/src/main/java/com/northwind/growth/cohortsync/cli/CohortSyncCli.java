package com.northwind.growth.cohortsync.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.northwind.growth.cohortsync.cohort.CohortSyncException;
import com.northwind.growth.cohortsync.cohort.CohortSyncService;
import com.northwind.growth.cohortsync.posthog.SyncTelemetry;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Batch entry point: {@code java -jar cohort-lambda-sync.jar sync|doctor [--dry-run] [--verbose]}.
 * Runs nightly as an ECS scheduled task for the full backfill that does not fit in the Lambda's
 * 15 minute limit.
 */
public final class CohortSyncCli {

    private static final Logger LOG = LogManager.getLogger(CohortSyncCli.class);

    public record Options(String command, boolean dryRun, boolean verbose) {

        static Options parse(String[] args) {
            List<String> list = List.of(args);
            String command = list.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("help");
            return new Options(command, list.contains("--dry-run"), list.contains("--verbose"));
        }
    }

    private CohortSyncCli() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        if (options.verbose()) {
            Configurator.setRootLevel(Level.DEBUG);
        }
        if ("help".equals(options.command())) {
            usage();
            System.exit(2);
        }

        Injector injector = Guice.createInjector(Stage.PRODUCTION, new CliModule(options));
        int exit = switch (options.command()) {
            case "sync" -> sync(injector, options);
            case "doctor" -> injector.getInstance(DoctorCommand.class).run();
            default -> {
                usage();
                yield 2;
            }
        };

        injector.getInstance(SyncTelemetry.class).close();
        injector.getInstance(PostHogInterface.class).close();
        System.exit(exit);
    }

    private static int sync(Injector injector, Options options) {
        String runId = "cli-" + UUID.randomUUID();
        try {
            CohortSyncService.Report report = injector.getInstance(CohortSyncService.class).run(runId, options.dryRun());
            System.out.printf("%s: created=%d updated=%d failed=%s%n",
                    report.runId(), report.created(), report.updated(), report.failed());
            return report.failed().isEmpty() ? 0 : 1;
        } catch (CohortSyncException e) {
            LOG.error("Sync {} aborted", runId, e);
            return 3;
        }
    }

    private static void usage() {
        System.err.println("usage: cohort-sync <sync|doctor> [--dry-run] [--verbose]");
        System.err.println("  STAGE=local uses src/main/resources/cohort-sync.properties and needs");
        System.err.println("  POSTHOG_PERSONAL_API_KEY and WAREHOUSE_PASSWORD in the environment.");
    }
}
