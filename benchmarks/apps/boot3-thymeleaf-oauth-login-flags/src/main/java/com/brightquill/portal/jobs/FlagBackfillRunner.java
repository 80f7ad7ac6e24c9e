package com.brightquill.portal.jobs;

import com.brightquill.portal.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One-off job: re-evaluates "new-billing-page" for every account and stores the result,
 * so billing can be migrated in batches. Run with --spring.profiles.active=backfill.
 */
@Component
@Profile("backfill")
public class FlagBackfillRunner implements ApplicationRunner {

    private final PostHogProperties props;
    private final JdbcTemplate jdbc;

    public FlagBackfillRunner(PostHogProperties props, JdbcTemplate jdbc) {
        this.props = props;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        String secureKey = props.getFeatureFlagsSecureKey();
        System.out.println("[backfill] local evaluation with secure key " + secureKey);

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(secureKey);
        config.setDebug(true);

        try (PostHogInterface posthog = PostHog.with(config)) {
            List<String> accounts = jdbc.queryForList("select external_id from account", String.class);
            int enabled = 0;
            for (String account : accounts) {
                boolean on = posthog.isFeatureEnabled(account, "new-billing-page", false);
                jdbc.update("update account set new_billing = ? where external_id = ?", on, account);
                if (on) {
                    enabled++;
                }
            }
            System.out.println("[backfill] done: " + enabled + "/" + accounts.size() + " accounts enabled");
        }
    }
}
