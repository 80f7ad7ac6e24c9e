package com.acme.flagadmin.actuator;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.service.EnvironmentService;
import com.acme.flagadmin.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/posthog}: what the service is wired to, for on-call engineers.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private final PostHogProperties props;
    private final EnvironmentService environmentService;

    public PostHogEndpoint(PostHogProperties props, EnvironmentService environmentService) {
        this.props = props;
        this.environmentService = environmentService;
    }

    @ReadOperation
    public Map<String, Object> settings() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("host", props.host());
        out.put("projectApiKey", props.projectApiKey());
        out.put("personalApiKey", KeyMasker.mask(props.personalApiKey()));
        out.put("secureKeyConfigured", props.secretKey() != null);
        out.put("debug", props.debug());
        return out;
    }

    @ReadOperation
    public Map<String, Object> environment(@Selector String name) {
        PostHogEnvironment env = environmentService.getByName(name);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", env.getName());
        out.put("host", env.getHost());
        out.put("authMode", env.getAuthMode());
        out.put("personalApiKey", env.getPersonalApiKey());
        return out;
    }

    /** Spins up a throw-away SDK client so on-call can see the raw local-evaluation traffic. */
    @WriteOperation
    public Map<String, Object> diagnose(String distinctId, String flagKey) {
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        PostHogConfig config = PostHogConfig.builder(personalKey)
                .host(props.host())
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        PostHogInterface client = PostHog.with(config);
        try {
            return Map.of("flag", flagKey, "enabled", client.isFeatureEnabled(distinctId, flagKey, false));
        } finally {
            client.close();
        }
    }
}
