package com.northwind.flagrouter.web;

import com.northwind.flagrouter.config.PostHogProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds the PostHog wiring to {@code /actuator/info} for the platform team's service catalogue. */
@Component
public class PostHogInfoContributor implements InfoContributor {

    private final PostHogProperties posthog;

    public PostHogInfoContributor(PostHogProperties posthog) {
        this.posthog = posthog;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", posthog.host());
        details.put("projectId", posthog.projectId());
        details.put("pollIntervalSeconds", posthog.pollIntervalSeconds());
        details.put("localEvaluationKey", posthog.featureFlagsSecureKey());
        builder.withDetail("posthog", details);
    }
}
