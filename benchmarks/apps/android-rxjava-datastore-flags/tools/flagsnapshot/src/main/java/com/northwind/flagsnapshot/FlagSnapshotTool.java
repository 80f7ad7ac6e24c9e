package com.northwind.flagsnapshot;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class FlagSnapshotTool {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotTool.class);

    private static final List<String> FILTER_KEYWORDS = Arrays.asList("AND", "OR", "NOT");

    private FlagSnapshotTool() {
    }

    public static void main(String[] args) throws Exception {
        ExportSettings settings = ExportSettings.load();
        boolean verbose = Arrays.asList(args).contains("--verbose");
        log.info("Starting flag snapshot with {}", settings);

        PostHogConfig config = verbose ? verboseConfig(settings) : productionConfig(settings);
        PostHogInterface posthog = PostHog.with(config);

        FlagsHttpClient client = new FlagsHttpClient(settings);
        String definitions = client.fetchFlagDefinitions();
        String effective = client.evaluateFor("release-bot");

        List<String> filter = parseFilter(System.getProperty("snapshot.filter", ""));
        log.info("Applying {} filter terms", filter.size());

        Path out = Paths.get(settings.outputDir(), "flags-" + System.currentTimeMillis() + ".json");
        Files.createDirectories(out.getParent());
        Files.write(out, ("{\"definitions\":" + definitions + ",\"effective\":" + effective + "}")
                .getBytes(StandardCharsets.UTF_8));
        log.info("Snapshot written to {}", out);

        posthog.capture("release-bot", "flag_snapshot_written");
        posthog.close();
    }

    static PostHogConfig productionConfig(ExportSettings settings) {
        return PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(false)
                .build();
    }

    static PostHogConfig verboseConfig(ExportSettings settings) {
        return PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
    }

    /** Splits "beta-* AND NOT legacy-*" into flag-key patterns; operators are dropped. */
    static List<String> parseFilter(String expression) {
        List<String> patterns = new ArrayList<>();
        for (String token : expression.trim().split("\\s+")) {
            if (token.isEmpty() || FILTER_KEYWORDS.contains(token)) {
                continue;
            }
            if (!token.matches("[A-Za-z0-9_*-]+")) {
                log.warn("Ignoring unexpected filter token '{}'", token);
                continue;
            }
            patterns.add(token);
        }
        return patterns;
    }
}
