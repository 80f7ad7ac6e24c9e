package io.skyforge.runner.lwjgl3;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

public final class HeadlessFlagCheck {

    private HeadlessFlagCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<String> argList = Arrays.asList(args);
        int flagIndex = argList.indexOf("--flag");
        String flag = flagIndex >= 0 ? argList.get(flagIndex + 1) : "new-boss-rush";
        boolean verbose = argList.contains("--verbose");

        Properties props = new Properties();
        try (InputStream in = HeadlessFlagCheck.class.getResourceAsStream("/posthog-dev.properties")) {
            props.load(in);
        }
        String secureKey = System.getenv().getOrDefault("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY",
                "phs_your_secure_key_here");

        PostHogConfig config = PostHogConfig.builder(props.getProperty("posthog.api.key"))
                .host(props.getProperty("posthog.host"))
                .build();
        config.setPersonalApiKey(secureKey);
        config.setDebug(verbose);

        System.out.println("Checking '" + flag + "' (secure key configured: "
                + !secureKey.startsWith("phs_your") + ", verbose=" + verbose + ")");

        PostHogInterface posthog = PostHog.with(config);
        try {
            boolean enabled = posthog.isFeatureEnabled("ci-flag-check", flag);
            System.out.println(flag + " = " + enabled);
            if (!enabled && Boolean.parseBoolean(props.getProperty("posthog.flag.default"))) {
                System.exit(1);
            }
        } finally {
            posthog.close();
        }
    }
}
