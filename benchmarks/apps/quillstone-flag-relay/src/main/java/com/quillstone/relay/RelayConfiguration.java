package com.quillstone.relay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.quillstone.relay.config.PostHogFactory;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

public class RelayConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty("posthog")
    private PostHogFactory posthog = new PostHogFactory();

    /** Header internal callers put their service key in. */
    @NotNull
    @JsonProperty
    private String apiKeyHeader = "X-Quillstone-Service-Key";

    /** SHA-256 hex digests of the accepted service keys. */
    @JsonProperty
    private Set<String> serviceKeyDigests = Set.of();

    @JsonProperty
    private boolean wireLogging;

    public PostHogFactory getPosthog() {
        return posthog;
    }

    public String getApiKeyHeader() {
        return apiKeyHeader;
    }

    public Set<String> getServiceKeyDigests() {
        return serviceKeyDigests;
    }

    public boolean isWireLogging() {
        return wireLogging;
    }
}
