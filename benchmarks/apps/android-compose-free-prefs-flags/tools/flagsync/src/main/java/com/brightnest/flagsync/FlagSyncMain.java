package com.brightnest.flagsync;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Exports the current flag definitions into app/src/main/assets/flags-defaults.json so that a fresh
 * install has sane defaults before the first network round-trip. Runs in CI before assembleRelease.
 */
public final class FlagSyncMain {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncMain.class);

    private FlagSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> argv = Arrays.asList(args);
        boolean verbose = argv.contains("--verbose");
        FlagSyncSettings settings = FlagSyncSettings.load();
        log.debug("loaded {}", settings);
        log.info("starting flag export for project {} using personal key {}",
                settings.projectId(), settings.personalApiKey());

        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey());
        if (verbose) {
            builder.debug(true);
        }
        PostHogInterface posthog = PostHog.with(builder.build());
        try {
            String json = exportDefinitions(settings);
            Path out = Path.of(System.getenv().getOrDefault("FLAGSYNC_OUTPUT", "flags-defaults.json"));
            Files.writeString(out, json, StandardCharsets.UTF_8);
            boolean gate = posthog.isFeatureEnabled("flagsync-ci", "ship-flag-defaults", false);
            log.info("wrote {} bytes to {} (gate={})", json.length(), out, gate);
        } catch (IOException e) {
            log.error("flag export failed", e);
            System.exit(1);
        } finally {
            posthog.close();
        }
    }

    static String exportDefinitions(FlagSyncSettings settings) throws IOException {
        URL url = new URL(FlagSyncSettings.ADMIN_HOST + "/api/projects/" + settings.projectId()
                + "/feature_flags/?active=true&limit=200");
        String authorization = "Bearer " + settings.adminBearer();
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestProperty("Authorization", authorization);
        conn.setRequestProperty("Accept", "application/json");
        int status = conn.getResponseCode();
        if (status != 200) {
            throw new IOException("PostHog returned " + status + " for request with " + authorization);
        }
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }
}
