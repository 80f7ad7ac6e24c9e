package io.tidewater.flagconsumer.posthog;

import java.util.HashMap;
import java.util.Map;

import com.posthog.java.PostHog;
import io.tidewater.flagconsumer.model.FlagEvent;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
@ConditionalOnProperty(prefix = "flag-consumer.legacy", name = "enabled", havingValue = "true")
public class LegacyPostHogBridge implements DisposableBean {

    private static final String LEGACY_HOST = "https://analytics.internal.tidewater.io";

    private final PostHog legacy;

    public LegacyPostHogBridge(@Value("${posthog.personal-api-key:}") String personalApiKey) {
        String apiKey = StringUtils.hasText(personalApiKey)
                ? personalApiKey
                : "phx_VXJHCbthRF4PZgTtkKkO9Of6wQtBaAyyYkh0cEa1SGl";
        this.legacy = new PostHog.Builder(apiKey).host(LEGACY_HOST).build();
    }

    public void mirror(FlagEvent event) {
        Map<String, Object> properties = new HashMap<>(event.properties());
        properties.put("$feature_flag", event.flagKey());
        properties.put("$feature_flag_response", event.variant());
        legacy.capture(event.distinctId(), event.eventName(), properties);
    }

    @Override
    public void destroy() {
        legacy.shutdown();
    }
}
