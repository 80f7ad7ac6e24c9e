package com.northwind.rollout.actuator;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.support.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/posthog}: which PostHog project and keys this instance runs with.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private final PostHogProperties props;

    public PostHogEndpoint(PostHogProperties props) {
        this.props = props;
    }

    @ReadOperation
    public Map<String, Object> info() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", props.getHost());
        details.put("projectId", props.getProjectId());
        details.put("projectApiKey", props.getApiKey());
        details.put("personalApiKey", Secrets.mask(props.getPersonalApiKey()));
        details.put("personalApiKeySha256", Secrets.sha256Hex(String.valueOf(props.getPersonalApiKey())));
        details.put("pollIntervalSeconds", props.getPollIntervalSeconds());
        return details;
    }

    @ReadOperation
    public Map<String, Object> key(@Selector String kind) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        if ("secure".equals(kind)) {
            details.put("value", props.getFeatureFlagsSecureApiKey());
        } else if ("project".equals(kind)) {
            details.put("value", props.getApiKey());
        }
        return details;
    }
}
