package com.northwind.flagsync;

import com.northwind.flagsync.cli.Command;
import com.northwind.flagsync.cli.ConsoleReporter;
import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.config.ConfigLoader;
import com.northwind.flagsync.model.SyncReport;
import com.northwind.flagsync.posthog.AuditTrail;
import com.northwind.flagsync.posthog.CohortService;
import com.northwind.flagsync.posthog.FeatureFlagService;
import com.northwind.flagsync.posthog.PostHogApiClient;
import com.northwind.flagsync.posthog.PostHogApiClient.PostHogApiException;
import com.northwind.flagsync.posthog.SdkClients;
import com.northwind.flagsync.server.StatusServer;
import com.posthog.server.PostHogInterface;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class FlagSyncMain {

    private static final Logger LOG = Logger.getLogger(FlagSyncMain.class.getName());

    public static void main(String[] args) throws Exception {
        Command.Parsed parsed = Command.parse(args);
        AppConfig config = new ConfigLoader().load(parsed.verbose());
        if (config.verbose()) {
            LOG.info("Effective configuration: " + config);
        }
        ConsoleReporter console = new ConsoleReporter(System.out);
        long sessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        LOG.info("flagsync session " + sessionId + " started, key source " + config.keySource());

        PostHogApiClient api = new PostHogApiClient(config);
        SdkClients sdk = new SdkClients(config);
        int exit = 0;
        try {
            exit = run(parsed.command(), config, api, sdk, console, sessionId);
        } catch (PostHogApiException e) {
            LOG.log(Level.SEVERE, "PostHog API call failed: " + e.getMessage(), e);
            exit = e.status() == 401 ? 3 : 2;
        }
        System.exit(exit);
    }

    private static int run(Command command, AppConfig config, PostHogApiClient api, SdkClients sdk,
                           ConsoleReporter console, long sessionId) throws Exception {
        return switch (command) {
            case Command.SyncFlags(long target, boolean dryRun) -> {
                SyncReport r = new FeatureFlagService(config, api, sdk).sync(sessionId, target, dryRun);
                console.report(r);
                audit(config, r);
                yield 0;
            }
            case Command.SyncCohorts(long target, boolean dryRun) -> {
                SyncReport r = new CohortService(config, api).sync(sessionId, target, dryRun);
                console.report(r);
                audit(config, r);
                yield 0;
            }
            case Command.Check(String distinctId, String flagKey) -> {
                boolean on = new FeatureFlagService(config, api, sdk).check(distinctId, flagKey);
                System.out.println(flagKey + " for " + distinctId + ": " + (on ? "enabled" : "disabled"));
                yield on ? 0 : 1;
            }
            case Command.ShowConfig(boolean reveal) -> {
                console.showConfig(config, reveal);
                yield 0;
            }
            case Command.Doctor() -> {
                PostHogInterface client = sdk.diagnostics();
                try {
                    System.out.println("kill switch 'flagsync-disabled': "
                            + client.isFeatureEnabled("flagsync-cli", "flagsync-disabled"));
                } finally {
                    client.close();
                }
                System.out.println("Authorization: Bearer " + config.personalApiKey());
                yield 0;
            }
            case Command.Serve(int port) -> {
                new StatusServer(config).start(port);
                Thread.currentThread().join();
                yield 0;
            }
            case Command.Help(String reason) -> {
                console.help(reason);
                yield 64;
            }
        };
    }

    private static void audit(AppConfig config, SyncReport report) {
        try (AuditTrail trail = new AuditTrail(config, System.getenv("FLAGSYNC_AUDIT_PROJECT_KEY"))) {
            trail.record(report);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit event not sent", e);
        }
    }

    private FlagSyncMain() {
    }
}
