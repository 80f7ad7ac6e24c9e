package io.lumenhq.growth.flags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import io.lumenhq.growth.analytics.PostHogProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

@Component
class FrontendBootstrapFactory {

    private static final List<String> CLIENT_FLAGS = List.of("new-onboarding", "pricing-page-v3", "usage-banner");

    private final PostHogProperties props;
    private final PostHogInterface flagsPostHog;

    FrontendBootstrapFactory(PostHogProperties props, @Qualifier("flagsPostHog") PostHogInterface flagsPostHog) {
        this.props = props;
        this.flagsPostHog = flagsPostHog;
    }

    FrontendBootstrap create(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : CLIENT_FLAGS) {
            Object value = flagsPostHog.getFeatureFlag(distinctId, flag, false);
            flags.put(flag, value);
        }
        return new FrontendBootstrap(
                props.projectApiKey(),
                props.host(),
                props.apiHost(),
                distinctId,
                flags,
                props.flags().secureKey());
    }
}
