package io.vantacore.experiments.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** {@code posthog.*} from application.yml; serializable so /experiments/debug/posthog can show it. */
@Serdeable
@ConfigurationProperties("posthog")
public record PostHogProperties(
        @NotBlank String projectApiKey,
        @Nullable String personalApiKey,
        @Bindable(defaultValue = "https://eu.i.posthog.com") String host,
        @Bindable(defaultValue = "https://eu.posthog.com") String apiUrl,
        long projectId,
        @Bindable(defaultValue = "false") boolean debug) {

    public boolean localEvaluation() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
