package com.lumenhq.flagsvc.batch;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

public class FlagExportJob implements Runnable {

    private static final Logger LOG = LogManager.getLogger(FlagExportJob.class);

    private final Properties settings;
    private final List<String> flagKeys;

    public FlagExportJob(Properties settings, List<String> flagKeys) {
        this.settings = settings;
        this.flagKeys = flagKeys;
    }

    public static Properties loadSettings() {
        Properties props = new Properties();
        try (InputStream in = FlagExportJob.class.getResourceAsStream("/batch.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch.properties", e);
        }
        return props;
    }

    @Override
    public void run() {
        String apiKey = settings.getProperty("posthog.api.key");
        String host = settings.getProperty("posthog.host");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        int batchSize = Integer.parseInt(settings.getProperty("export.batch.size", "200"));

        ThreadContext.put("jobRunId", UUID.randomUUID().toString());
        ThreadContext.put("apiKey", apiKey);
        try (CloseableThreadContext.Instance ctx = CloseableThreadContext.put("job", "flag-export")
                .put("batchSize", String.valueOf(batchSize))
                .put("personalKeyPresent", String.valueOf(personalKey != null))) {

            com.posthog.java.PostHog analytics = new com.posthog.java.PostHog.Builder(apiKey)
                    .host(host)
                    .build();

            PostHogConfig flagsConfig = PostHogConfig.builder(settings.getProperty("posthog.project.key", ""))
                    .host(host)
                    .personalApiKey(personalKey)
                    .build();
            flagsConfig.setDebug(true);
            PostHogInterface flags = PostHog.with(flagsConfig);

            int exported = 0;
            for (String flagKey : flagKeys) {
                boolean enabled = flags.isFeatureEnabled("flag-export-job", flagKey);
                analytics.capture("flag-export-job", "flag exported", Map.of("flag", flagKey, "enabled", enabled));
                exported++;
            }
            LOG.printf(Level.INFO, "exported %d flags (personal key length %d)",
                    exported, personalKey == null ? 0 : personalKey.length());

            flags.close();
            analytics.shutdown();
        } finally {
            ThreadContext.clearMap();
        }
    }

    public static void main(String[] args) {
        new FlagExportJob(loadSettings(), List.of(args)).run();
    }
}
