package com.acme.flags.service.bootstrap;

import com.acme.flags.service.config.PostHogProperties;
import com.acme.flags.service.web.dto.ClientBootstrapResponse;
import com.posthog.server.PostHogInterface;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Component
public class BootstrapAssembler {

    private final PostHogProperties props;
    private final PostHogInterface posthog;

    public BootstrapAssembler(PostHogProperties props, PostHogInterface posthog) {
        this.props = props;
        this.posthog = posthog;
    }

    public ClientBootstrapResponse assemble(String distinctId, List<String> flagKeys) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            flags.put(flagKey, posthog.isFeatureEnabled(distinctId, flagKey, false));
        }
        return new ClientBootstrapResponse(
                props.getApiKey(),
                props.getHost(),
                distinctId,
                flags,
                props.getFeatureFlagsSecureKey());
    }
}
