package io.lumenhq.growth.analytics;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties(prefix = "posthog")
public record PostHogProperties(
        @NotBlank String host,
        @NotBlank String apiHost,
        long projectId,
        @NotBlank String projectApiKey,
        String personalApiKey,
        @DefaultValue("false") boolean debug,
        @DefaultValue Flags flags) {

    public record Flags(
            String secureKey,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("false") boolean sdkDebug) {
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String maskedPersonalApiKey() {
        if (!hasPersonalApiKey()) {
            return "<unset>";
        }
        if (personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogProperties[host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", flags=" + flags + "]";
    }
}
