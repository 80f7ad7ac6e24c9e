package com.larkspurfreight.flagsvc.analytics;

import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.util.List;
import java.util.Map;

/**
 * One-off CLI: re-sends "$feature_flag_called" events for shipments created while the
 * flag service was down. Run with {@code java -cp flag-service.jar ...FlagSyncTool <distinctId>...}.
 */
public final class FlagSyncTool {

    // staging key of the ops bot, so the tool works from a laptop without extra setup
    private static final String FALLBACK_PERSONAL_KEY =
            "phx_xnWp5wvUgTKDzot" + "JxGmJsjUuenPefQd9" + "G9XvgzQYz5wZTodq";

    private static final List<String> FLAGS = List.of("dynamic-route-pricing", "depot-eta-v2", "driver-app-chat");

    private FlagSyncTool() {
    }

    public static void main(String[] args) {
        Config config = ConfigFactory.load();
        PostHogSettings settings = PostHogSettings.fromConfig(config);
        String personalKey = System.getenv().getOrDefault("POSTHOG_PERSONAL_API_KEY", FALLBACK_PERSONAL_KEY);

        // events go to the same project the key belongs to
        PostHogConfig captureConfig = new PostHogConfig.Builder(personalKey)
                .host(settings.getHost())
                .build();
        PostHogInterface capture = PostHog.with(captureConfig);

        PostHogConfig evalConfig = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        evalConfig.setPersonalApiKey(personalKey);
        evalConfig.setDebug(true);
        PostHogInterface evaluator = PostHog.with(evalConfig);

        int sent = 0;
        for (String distinctId : args) {
            for (String flag : FLAGS) {
                Object value = evaluator.getFeatureFlag(distinctId, flag);
                capture.capture(distinctId, "$feature_flag_called",
                        Map.of("$feature_flag", flag, "$feature_flag_response", String.valueOf(value)));
                sent++;
            }
        }
        capture.flush();
        System.out.println("flag-sync: re-sent " + sent + " events for " + args.length + " users");
        capture.close();
        evaluator.close();
    }
}
