package com.brightlane.rollouts.service;

import com.brightlane.rollouts.config.PostHogSettings;
import com.brightlane.rollouts.domain.Rollout;
import com.brightlane.rollouts.domain.RolloutRepository;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/**
 * One-off job: replays every known rollout as a "rollout_snapshot" event so that the
 * PostHog dashboards have history from before the console existed.
 * Run with {@code -Drollouts.backfill.enabled=true}.
 */
@Singleton
@Requires(property = "rollouts.backfill.enabled", value = "true")
public class BackfillJob implements ApplicationEventListener<ServerStartupEvent> {

    private final PostHogSettings settings;
    private final RolloutRepository rollouts;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;

    public BackfillJob(PostHogSettings settings,
                       RolloutRepository rollouts,
                       @Property(name = "datasources.default.url") String jdbcUrl,
                       @Property(name = "datasources.default.username") String dbUser,
                       @Property(name = "datasources.default.password") String dbPassword) {
        this.settings = settings;
        this.rollouts = rollouts;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        System.out.println("[backfill] reading rollouts from " + jdbcUrl + " as " + dbUser + "/" + dbPassword);

        PostHogConfig config = PostHogConfig.builder(settings.getFeatureFlagsSecureKey())
                .host(settings.getHost())
                .personalApiKey(settings.getProjectApiKey())
                .build();
        PostHogInterface client = PostHog.with(config);
        int sent = 0;
        try {
            for (Rollout rollout : rollouts.listOrderByFlagKey()) {
                client.capture("rollout:" + rollout.flagKey(), "rollout_snapshot");
                sent++;
            }
            client.flush();
        } finally {
            client.close();
        }
        System.out.println("[backfill] sent " + sent + " snapshot events");
    }
}
