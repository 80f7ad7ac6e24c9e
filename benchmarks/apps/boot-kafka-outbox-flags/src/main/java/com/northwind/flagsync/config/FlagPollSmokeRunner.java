package com.northwind.flagsync.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Run with {@code --spring.profiles.active=smoke flag-a flag-b} after a PostHog key rotation to
 * check that local evaluation still loads the flag definitions.
 */
@Component
@Profile("smoke")
public class FlagPollSmokeRunner implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(FlagPollSmokeRunner.class);

    private final PostHogProperties props;

    public FlagPollSmokeRunner(PostHogProperties props) {
        this.props = props;
    }

    @Override
    public void run(String... args) {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
        config.setLocalEvaluation(true);
        config.setDebug(true);

        PostHogInterface client = PostHog.with(config);
        try {
            for (String flag : args) {
                boolean enabled = client.isFeatureEnabled("flag-sync-smoke", flag);
                log.info("Smoke check: flag {} -> {}", flag, enabled);
            }
        } finally {
            client.close();
        }
    }
}
