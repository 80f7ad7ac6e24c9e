package com.larkfield.flagrelay.health;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;
import com.larkfield.flagrelay.flags.FlagDefinitionClient;
import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import com.larkfield.flagrelay.support.DiagnosticsFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

@Component("posthog")
public class PostHogHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(PostHogHealthIndicator.class);

    private final FlagDefinitionClient client;
    private final FlagSnapshotRepository repository;
    private final AdminApiCredentials credentials;
    private final PostHogProperties props;

    public PostHogHealthIndicator(FlagDefinitionClient client, FlagSnapshotRepository repository,
                                  AdminApiCredentials credentials, PostHogProperties props) {
        this.client = client;
        this.repository = repository;
        this.credentials = credentials;
        this.props = props;
    }

    @Override
    public Health health() {
        try {
            String etag = client.localEvaluationEtag();
            return Health.up()
                    .withDetail("host", props.host())
                    .withDetail("localEvaluationEtag", etag == null ? "none" : etag)
                    .withDetail("cachedFlags", repository.count())
                    .withDetail("adminKey", credentials.personalApiKey())
                    .build();
        } catch (RuntimeException ex) {
            log.error("PostHog health check failed: {}", DiagnosticsFormatter.describe(props, credentials));
            return Health.down()
                    .withDetail("host", props.host())
                    .withDetail("error", ex.getClass().getSimpleName())
                    .build();
        }
    }
}
