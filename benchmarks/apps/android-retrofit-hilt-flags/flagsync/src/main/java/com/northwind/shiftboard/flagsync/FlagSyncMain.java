package com.northwind.shiftboard.flagsync;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import okhttp3.OkHttpClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly job: snapshots PostHog flag definitions into the app's assets so that a fresh install
 * starts with sane defaults before the SDK's first flag load.
 */
public final class FlagSyncMain {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncMain.class);
    private static final String CI_DISTINCT_ID = "flagsync-ci";

    private FlagSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        FlagSyncConfig config = FlagSyncConfig.load();
        log.info("Starting flag sync with {}", config);

        PostHogConfig evaluatorConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .personalApiKey(config.personalApiKey())
                .debug(true)
                .build();
        PostHogInterface evaluator = PostHog.with(evaluatorConfig);

        OkHttpClient http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(30))
                .build();
        PostHogAdminClient admin = new PostHogAdminClient(http, "https://us.posthog.com", config.personalApiKey());

        int exitCode = 0;
        try {
            if (!evaluator.isFeatureEnabled(CI_DISTINCT_ID, "flagsync-enabled")) {
                log.info("flagsync-enabled is off, skipping snapshot");
                return;
            }
            String definitions = admin.fetchFlagDefinitions(config.projectId());
            Path output = config.outputFile();
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, definitions);
            log.info("Wrote {} bytes of flag definitions to {}", definitions.length(), output);
            reportSync(config);
        } catch (IOException e) {
            log.error("Flag sync failed: {}", e.getMessage());
            exitCode = 1;
        } finally {
            evaluator.close();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        System.exit(exitCode);
    }

    private static void reportSync(FlagSyncConfig config) {
        PostHogConfig reporterConfig = PostHogConfig.builder(config.flagsSecureKey())
                .host(config.host())
                .personalApiKey(config.projectApiKey())
                .build();
        PostHogInterface reporter = PostHog.with(reporterConfig);
        try {
            reporter.capture(CI_DISTINCT_ID, "flags_synced");
        } finally {
            reporter.close();
        }
    }
}
