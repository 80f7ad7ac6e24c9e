package com.fieldnotes.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Build-time helper: evaluates the app's flags for an anonymous "offline" user and writes
 * the result to assets/default_flags.json, which the app uses until it first reaches PostHog.
 * Runs on CI and developer machines only; nothing from here ends up in the APK except the JSON.
 */
public final class FlagSnapshot {

    private static final List<String> FLAGS = List.of(
            "offline-drafts", "markdown-preview", "team-activity-card", "new-sync-engine");

    private FlagSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        String projectKey = System.getenv().getOrDefault("POSTHOG_API_KEY", "phc_qB8y8ETnJyIQsX7YufJEeZfAXYl39G2MOXxPZNXenlG");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null || personalKey.isBlank()) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is not set; keeping the existing default_flags.json");
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "app/src/main/assets/default_flags.json");

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host("https://eu.i.posthog.com")
                .personalApiKey(personalKey)
                .localEvaluation(true)
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            Map<String, Object> defaults = new TreeMap<>();
            for (String flag : FLAGS) {
                defaults.put(flag, posthog.getFeatureFlag("offline-default", flag, false));
            }
            Files.createDirectories(out.getParent());
            Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(defaults));
            System.out.println("Wrote " + defaults.size() + " flag defaults to " + out
                    + " (personal key " + personalKey.substring(0, 4) + "..." + personalKey.substring(personalKey.length() - 4) + ")");
        } finally {
            posthog.close();
        }
    }
}
