package com.northwind.flagdeck.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String apiKey,
        String personalApiKey,
        @DefaultValue("https://us.i.posthog.com") String host,
        @DefaultValue("https://us.posthog.com") String apiHost,
        String projectId,
        @DefaultValue("false") boolean debug,
        @DefaultValue("PT5M") Duration syncInterval) {

    public boolean localEvaluationEnabled() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
