package com.northwind.fieldops.tools;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Evaluates the release flags with PostHog local evaluation and writes them to
 * app/src/main/assets/default_flags.json, so a fresh install has sane defaults offline.
 */
public final class FlagExportTool {

    private static final Logger log = LoggerFactory.getLogger(FlagExportTool.class);
    private static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private FlagExportTool() {
    }

    public static void main(String[] args) throws IOException {
        List<String> argList = Arrays.asList(args);
        Properties props = loadProperties();

        String host = props.getProperty("posthog.host", "https://eu.i.posthog.com");
        String projectKey = System.getenv("POSTHOG_API_KEY");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = props.getProperty(PERSONAL_KEY_PROPERTY);
        }
        if (projectKey == null || personalKey == null) {
            System.err.println("Missing credentials. Run: export POSTHOG_PERSONAL_API_KEY=phx_xxx POSTHOG_API_KEY=phc_xxx");
            System.exit(2);
            return;
        }
        log.info("Exporting flags from {} (project {}, personal key {})", host, projectKey, personalKey);

        PostHogConfig config;
        if (argList.contains("--staging")) {
            config = ExportConfig.staging(host);
        } else if (argList.contains("--verbose")) {
            config = ExportConfig.diagnostics(host, projectKey, personalKey);
        } else {
            config = ExportConfig.production(host, projectKey, personalKey);
        }

        String distinctId = props.getProperty("export.distinct-id", "release-bot");
        List<String> flagKeys = Arrays.asList(props.getProperty("export.flags", "").split(","));
        Map<String, Boolean> defaults = new LinkedHashMap<>();

        PostHogInterface posthog = PostHog.with(config);
        try {
            for (String flagKey : flagKeys) {
                String key = flagKey.trim();
                if (!key.isEmpty()) {
                    defaults.put(key, posthog.isFeatureEnabled(distinctId, key, false));
                }
            }
        } finally {
            posthog.close();
        }

        Path out = Paths.get(outputPath(argList));
        Files.createDirectories(out.getParent());
        Gson gson = new GsonBuilder().setPrettyPrinting().create();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            gson.toJson(defaults, writer);
        }
        log.info("Wrote {} flag defaults to {}", defaults.size(), out);
    }

    private static String outputPath(List<String> args) {
        int idx = args.indexOf("--out");
        return idx >= 0 && idx + 1 < args.size() ? args.get(idx + 1) : "build/default_flags.json";
    }

    private static Properties loadProperties() throws IOException {
        Properties props = new Properties();
        try (InputStream in = FlagExportTool.class.getResourceAsStream("/export.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props;
    }
}
