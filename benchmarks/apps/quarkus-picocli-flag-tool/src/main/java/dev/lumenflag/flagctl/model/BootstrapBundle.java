package dev.lumenflag.flagctl.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lumenflag.flagctl.client.PostHogAdminClient.FeatureFlag;
import dev.lumenflag.flagctl.config.PostHogSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootstrapBundle(@JsonProperty("api_key") String projectApiKey,
                              @JsonProperty("api_host") String apiHost,
                              @JsonProperty("secure_api_key") String secureApiKey,
                              @JsonProperty("generated_at") Instant generatedAt,
                              @JsonProperty("flags") Map<String, Boolean> flags) {

    public static BootstrapBundle from(PostHogSettings settings, List<FeatureFlag> flags, boolean localEvaluation) {
        Map<String, Boolean> values = new TreeMap<>();
        for (FeatureFlag flag : flags) {
            values.put(flag.key(), flag.active());
        }
        String secure = localEvaluation ? settings.featureFlagsSecureKey().orElse(null) : null;
        return new BootstrapBundle(settings.projectApiKey(), settings.ingestHost(), secure, Instant.now(), values);
    }
}
