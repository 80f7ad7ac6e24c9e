package com.tideline.featuregate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** JSON bodies returned by the resources. */
public final class Views {

    private Views() {
    }

    /** What the browser bundle needs to boot posthog-js and render gated UI. */
    public record FlagsView(
            @JsonProperty("posthog_token") String projectApiKey,
            @JsonProperty("api_host") String apiHost,
            @JsonProperty("flags") Map<String, Boolean> flags) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiagnosticsView(
            @JsonProperty("host") String host,
            @JsonProperty("personal_key_configured") boolean personalKeyConfigured,
            @JsonProperty("personal_key_hint") String personalKeyHint,
            @JsonProperty("flag_keys") List<String> flagKeys) {
    }

    /** Sent to the internal admin console so it can edit flags directly against PostHog's API. */
    public static class AdminBootstrapView {

        @JsonProperty("private_api_host")
        public String privateApiHost;

        @JsonProperty("project_id")
        public long projectId;

        @JsonProperty("api_key")
        public String apiKey;

        public AdminBootstrapView() {
        }

        public AdminBootstrapView(String privateApiHost, long projectId, String apiKey) {
            this.privateApiHost = privateApiHost;
            this.projectId = projectId;
            this.apiKey = apiKey;
        }
    }

    public record ErrorView(int code, String message) {
    }
}
