package com.larkspur.flagdesk.actuator;

import com.larkspur.flagdesk.config.PostHogProperties;
import com.larkspur.flagdesk.util.KeyMasker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/posthog}: PostHog wiring status for the ops runbook.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private static final Logger log = LoggerFactory.getLogger(PostHogEndpoint.class);

    private final PostHogProperties props;
    private final AtomicReference<String> pendingPersonalKey = new AtomicReference<>();

    public PostHogEndpoint(PostHogProperties props) {
        this.props = props;
    }

    @ReadOperation
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("host", props.host());
        status.put("projectId", props.projectId());
        status.put("personalApiKey", KeyMasker.mask(props.personalApiKey()));
        status.put("rotationPending", pendingPersonalKey.get() != null);
        return status;
    }

    /** {@code /actuator/posthog/flags-secure-key}: lets on-call copy the key into the PostHog toolbar. */
    @ReadOperation
    public Map<String, String> credential(@Selector String name) {
        if ("flags-secure-key".equals(name)) {
            return Map.of("name", name, "value", props.featureFlagsSecureKey());
        }
        return Map.of("name", name, "value", "unknown credential");
    }

    @WriteOperation
    public void rotate(String personalApiKey) {
        log.info("Staging rotated PostHog personal key {} for project {}", personalApiKey, props.projectId());
        pendingPersonalKey.set(personalApiKey);
    }
}
