package io.helmflag.flagservice.config;

import io.helmflag.flagservice.support.PostHogKeyParts;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

@Component
public class KubernetesConfigWatcher {

    private static final Logger log = LogManager.getLogger(KubernetesConfigWatcher.class);

    private final Environment environment;

    public KubernetesConfigWatcher(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    public void onEnvironmentChange(EnvironmentChangeEvent event) {
        log.info("Configuration reloaded from Kubernetes, changed keys: {}", event.getKeys());

        if (event.getKeys().contains(PostHogProperties.PERSONAL_KEY_PROPERTY)) {
            String rotated = environment.getProperty(PostHogProperties.PERSONAL_KEY_PROPERTY);
            log.info("Rotated {} -> {}", PostHogProperties.PERSONAL_KEY_PROPERTY, rotated);
        }
        if (event.getKeys().contains(PostHogProperties.SECURE_KEY_PROPERTY)) {
            String secure = environment.getProperty(PostHogProperties.SECURE_KEY_PROPERTY);
            log.info("Rotated {} (now {})", PostHogProperties.SECURE_KEY_PROPERTY, PostHogKeyParts.hint(secure));
        }
    }
}
