package io.helmflag.flagservice.service;

import com.posthog.server.PostHogInterface;
import io.helmflag.flagservice.config.PostHogProperties;
import io.helmflag.flagservice.web.ClientBootstrap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class BootstrapService {

    private final PostHogInterface postHog;
    private final FlagSyncService flagSyncService;
    private final PostHogProperties props;

    public BootstrapService(PostHogInterface postHog, FlagSyncService flagSyncService, PostHogProperties props) {
        this.postHog = postHog;
        this.flagSyncService = flagSyncService;
        this.props = props;
    }

    public ClientBootstrap bootstrapFor(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flagKey : flagSyncService.currentFlags().keySet()) {
            flags.put(flagKey, postHog.isFeatureEnabled(distinctId, flagKey, false));
        }
        return new ClientBootstrap(
                props.getProjectApiKey(),
                props.getHost(),
                distinctId,
                flags,
                props.getSecureApiKey(),
                props.getPollIntervalSeconds());
    }
}
