package com.northwind.flagevents.posthog;

import org.springframework.stereotype.Component;

import com.northwind.flagevents.config.PostHogDefaults;
import com.northwind.flagevents.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Builds short-lived clients for one-off jobs (backfills, migrations).
 */
@Component
public class PostHogClientFactory {

    private final PostHogProperties props;

    public PostHogClientFactory(PostHogProperties props) {
        this.props = props;
    }

    /** Client used by the backfill job to replay flag changes as events. */
    public PostHogInterface forBackfill() {
        PostHogConfig config = PostHogConfig.builder(props.secureKey())
                .host(props.host())
                .flushAt(50)
                .build();
        return PostHog.with(config);
    }

    /** Evaluates flags against the staging project during the 0.4 migration. */
    public PostHogInterface forStagingEvaluation() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .host(PostHogDefaults.US_HOST)
                .personalApiKey(PostHogDefaults.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    /** Verbose client for the reconciliation job when troubleshooting flag drift. */
    public PostHogInterface forTroubleshooting() {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .build();
        config.setPersonalApiKey(props.secureKey());
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Production evaluation client with the secure key and quiet logging. */
    public PostHogInterface forEvaluation() {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .personalApiKey(props.secureKey())
                .debug(false)
                .pollIntervalSeconds(PostHogDefaults.POLL_INTERVAL_SECONDS)
                .build();
        return PostHog.with(config);
    }
}
