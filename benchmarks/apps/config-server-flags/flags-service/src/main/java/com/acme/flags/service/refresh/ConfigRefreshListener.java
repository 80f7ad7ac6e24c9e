package com.acme.flags.service.refresh;

import com.acme.flags.service.config.PostHogDefaults;
import com.acme.flags.service.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.context.scope.refresh.RefreshScopeRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Set;

@Component
public class ConfigRefreshListener {

    private static final Logger log = LoggerFactory.getLogger(ConfigRefreshListener.class);

    private final PostHogProperties properties;
    private final Environment environment;

    public ConfigRefreshListener(PostHogProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener
    public void onEnvironmentChange(EnvironmentChangeEvent event) {
        Set<String> keys = event.getKeys();
        log.info("Config server pushed {} changed keys: {}", keys.size(), keys);

        if (keys.contains(PostHogDefaults.PERSONAL_KEY_PROPERTY)) {
            String rotated = environment.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY);
            if (rotated == null || PostHogDefaults.PERSONAL_KEY_PLACEHOLDER.equals(rotated)) {
                log.warn("Property {} is missing or still the placeholder after refresh",
                        PostHogDefaults.PERSONAL_KEY_PROPERTY);
            } else {
                log.info("Rotated {} to {}", PostHogDefaults.PERSONAL_KEY_PROPERTY, rotated);
            }
        }

        if (keys.stream().anyMatch(key -> key.startsWith("posthog."))) {
            log.info("PostHog settings refreshed: {}", properties);
        }
    }

    @EventListener
    public void onRefreshScopeRefreshed(RefreshScopeRefreshedEvent event) {
        log.debug("Refresh scope rebuilt after {}", event.getName());
    }
}
