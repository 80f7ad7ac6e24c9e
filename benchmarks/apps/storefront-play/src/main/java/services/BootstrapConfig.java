package services;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What the browser needs to start posthog-js with server-evaluated flags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootstrapConfig(
        String projectApiKey,
        String apiHost,
        String flagsApiKey,
        Map<String, Boolean> featureFlags) {
}
