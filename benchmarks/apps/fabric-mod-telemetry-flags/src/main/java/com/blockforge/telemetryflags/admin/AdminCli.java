package com.blockforge.telemetryflags.admin;

import com.blockforge.telemetryflags.config.PostHogDefaults;
import com.blockforge.telemetryflags.util.KeyMasking;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.nio.file.Path;

/**
 * Companion CLI for server staff.
 *
 * <pre>
 *   java -jar telemetry-flags-admin.jar list
 *   java -jar telemetry-flags-admin.jar rollout &lt;flagId&gt; &lt;percent&gt;
 *   java -jar telemetry-flags-admin.jar eval &lt;distinctId&gt; &lt;flagKey&gt;
 *   java -jar telemetry-flags-admin.jar refresh-token
 * </pre>
 */
public final class AdminCli {

    private AdminCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Path overrides = Path.of(System.getProperty("telemetryflags.admin.config", "admin-cli.properties"));
        AdminCredentials creds = AdminCredentials.load(overrides);

        if (Boolean.getBoolean("telemetryflags.admin.verbose")) {
            System.out.println("Using " + creds);
        }
        System.out.println("Personal key: " + KeyMasking.mask(creds.personalApiKey()));
        System.out.println("Key fingerprint: " + KeyMasking.hashForLog(creds.personalApiKey()));
        AdminCredentials.ApiKeyScope apiKey = AdminCredentials.ApiKeyScope.requiredFor(args[0]);
        System.out.println("Command '" + args[0] + "' needs scope " + apiKey);

        FlagAdminClient client = new FlagAdminClient(creds);
        switch (args[0]) {
            case "list" -> list(client);
            case "rollout" -> client.setRollout(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "eval" -> evaluate(creds, args[1], args[2]);
            case "refresh-token" -> {
                String accessToken = client.refreshAccessToken();
                System.out.println(accessToken != null ? "Access token refreshed." : "Refresh failed.");
            }
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void list(FlagAdminClient client) throws Exception {
        JsonArray flags = client.listFlags();
        for (int i = 0; i < flags.size(); i++) {
            JsonObject flag = flags.get(i).getAsJsonObject();
            System.out.printf("%6d  %-32s %s%n", flag.get("id").getAsInt(), flag.get("key").getAsString(),
                    flag.get("active").getAsBoolean() ? "active" : "off");
        }
    }

    /** Evaluates a flag exactly like the server mod would, using local evaluation. */
    private static void evaluate(AdminCredentials creds, String distinctId, String flagKey) {
        PostHogConfig config = PostHogConfig.builder(creds.personalApiKey())
                .host(PostHogDefaults.DEFAULT_HOST)
                .personalApiKey(PostHogDefaults.PROJECT_API_KEY)
                .localEvaluation(true)
                .build();
        PostHogInterface postHog = PostHog.with(config);
        try {
            Object value = postHog.getFeatureFlag(distinctId, flagKey, "unset");
            System.out.println(flagKey + " for " + distinctId + " -> " + value);
        } finally {
            postHog.close();
        }
    }

    private static void usage() {
        System.err.println("usage: telemetry-flags-admin <list|rollout|eval|refresh-token> [args]");
    }
}
