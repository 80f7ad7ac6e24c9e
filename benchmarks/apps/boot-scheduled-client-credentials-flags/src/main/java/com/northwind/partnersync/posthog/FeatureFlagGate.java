package com.northwind.partnersync.posthog;

import com.northwind.partnersync.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Thin wrapper around the PostHog client used by the scheduled jobs and the ops endpoints.
 */
@Component
public class FeatureFlagGate {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagGate.class);

    private final PostHogInterface postHog;
    private final PostHogProperties props;

    public FeatureFlagGate(PostHogInterface postHog, PostHogProperties props) {
        this.postHog = postHog;
        this.props = props;
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("{} is not set; flags will be evaluated remotely on every check", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
    }

    /** Lenient check for the jobs: any failure means "off". */
    public boolean isEnabled(String flagKey) {
        try {
            return postHog.isFeatureEnabled(props.getFlagsDistinctId(), flagKey, false);
        } catch (RuntimeException e) {
            log.warn("Flag {} could not be evaluated, treating it as disabled: {}", flagKey, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Strict check for the ops endpoint: a missing definition is an error, not "off". */
    public boolean evaluateStrict(String flagKey) {
        Object value = postHog.getFeatureFlag(props.getFlagsDistinctId(), flagKey);
        if (value == null) {
            throw new FlagEvaluationException("Flag '" + flagKey + "' has no local definition in project "
                    + props.getProjectId() + "; check that secure key " + props.getPersonalApiKey()
                    + " is allowed to read flag definitions");
        }
        return Boolean.TRUE.equals(value) || value instanceof String;
    }

    public GateStatus status() {
        return new GateStatus(
                props.getHost(),
                props.getProjectId(),
                props.getProjectApiKey(),
                props.getPersonalApiKey(),
                props.getPollIntervalSeconds());
    }

    public record GateStatus(String host,
                             String projectId,
                             String projectApiKey,
                             String localEvaluationKey,
                             int pollIntervalSeconds) {
    }
}
