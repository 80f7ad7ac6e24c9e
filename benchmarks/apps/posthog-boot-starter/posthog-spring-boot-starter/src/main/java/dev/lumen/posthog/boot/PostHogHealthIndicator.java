package dev.lumen.posthog.boot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

public class PostHogHealthIndicator extends AbstractHealthIndicator {

    private final PostHogProperties properties;

    private final PostHogKeyValidator validator;

    public PostHogHealthIndicator(PostHogProperties properties, PostHogKeyValidator validator) {
        super("PostHog health check failed");
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("host", properties.getHost())
                .withDetail("personalApiKey", KeyMasker.mask(properties.getPersonalApiKey()))
                .withDetail("localEvaluation", properties.getFeatureFlags().isLocalEvaluation());
        try {
            validator.validatePersonalKey(properties.getPersonalApiKey());
        }
        catch (PostHogKeyValidator.InvalidKeyException ex) {
            builder.down(ex);
            return;
        }
        builder.up();
    }
}
