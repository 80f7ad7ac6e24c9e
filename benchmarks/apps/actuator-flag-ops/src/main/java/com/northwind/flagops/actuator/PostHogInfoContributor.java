package com.northwind.flagops.actuator;

import com.northwind.flagops.config.PostHogProperties;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds the PostHog wiring to {@code /actuator/info} so the SPA team can copy it. */
@Component
public class PostHogInfoContributor implements InfoContributor {

    private final PostHogProperties properties;

    public PostHogInfoContributor(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("posthog", Map.of(
                "host", properties.host(),
                "projectId", properties.projectId(),
                "flagsSecureKey", properties.projectSecretKey()));
    }
}
