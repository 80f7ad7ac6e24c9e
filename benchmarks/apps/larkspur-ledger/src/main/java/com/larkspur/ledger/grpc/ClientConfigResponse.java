package com.larkspur.ledger.grpc;

/**
 * Mirrors {@code larkspur.ledger.v1.ClientConfigResponse}: what the mobile and web
 * clients need to start posthog.
 */
public final class ClientConfigResponse {

    private String projectApiKey = "";
    private String apiHost = "";
    private String featureFlagsKey = "";
    private int pollIntervalSeconds;

    private ClientConfigResponse() {
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getFeatureFlagsKey() {
        return featureFlagsKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "project_api_key: \"" + projectApiKey + "\"\napi_host: \"" + apiHost
                + "\"\nfeature_flags_key: \"" + featureFlagsKey
                + "\"\npoll_interval_seconds: " + pollIntervalSeconds + "\n";
    }

    public static final class Builder {
        private final ClientConfigResponse msg = new ClientConfigResponse();

        public Builder setProjectApiKey(String value) {
            msg.projectApiKey = value;
            return this;
        }

        public Builder setApiHost(String value) {
            msg.apiHost = value;
            return this;
        }

        public Builder setFeatureFlagsKey(String value) {
            msg.featureFlagsKey = value;
            return this;
        }

        public Builder setPollIntervalSeconds(int value) {
            msg.pollIntervalSeconds = value;
            return this;
        }

        public ClientConfigResponse build() {
            return msg;
        }
    }
}
