package com.northwind.rollout.actuator;

import com.northwind.rollout.client.PostHogApiClient;
import com.northwind.rollout.config.PostHogProperties;
import feign.FeignException;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component("posthog")
@RequiredArgsConstructor
public class PostHogHealthIndicator implements HealthIndicator {

    private final PostHogApiClient posthogApi;
    private final PostHogProperties props;

    @Override
    public Health health() {
        Health.Builder builder = Health.unknown()
                .withDetail("apiHost", props.apiHost())
                .withDetail("projectId", props.projectId());
        builder.withDetail("personalKeyConfigured", StringUtils.hasText(props.personalApiKey()));
        builder.withDetail("localEvaluation", props.localEvaluation());
        try {
            posthogApi.listFlags(props.projectId(), "healthcheck");
            return builder.up().build();
        } catch (FeignException ex) {
            return builder.down().withDetail("status", ex.status()).build();
        }
    }
}
