package com.northwind.cohortinsights.actuator;

import com.northwind.cohortinsights.config.PostHogProperties;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Map;

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
                "projectApiKey", properties.apiKey(),
                "personalApiKeyConfigured", properties.hasPersonalApiKey(),
                "pollIntervalSeconds", properties.pollIntervalSeconds()));
    }
}
