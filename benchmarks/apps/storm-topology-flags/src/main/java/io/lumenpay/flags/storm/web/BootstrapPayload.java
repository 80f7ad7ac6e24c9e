package io.lumenpay.flags.storm.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.lumenpay.flags.storm.config.TopologySettings;

@JsonInclude(JsonInclude.Include.NON_NULL)
public final class BootstrapPayload {

    @JsonProperty("api_key")
    private final String projectKey;

    @JsonProperty("api_host")
    private final String host;

    @JsonProperty("distinct_id")
    private final String distinctId;

    @JsonProperty("local_evaluation_key")
    private final String localEvaluationKey;

    private BootstrapPayload(String projectKey, String host, String distinctId, String localEvaluationKey) {
        this.projectKey = projectKey;
        this.host = host;
        this.distinctId = distinctId;
        this.localEvaluationKey = localEvaluationKey;
    }

    public static BootstrapPayload from(TopologySettings settings, String distinctId) {
        return new BootstrapPayload(settings.getProjectApiKey(), settings.getHost(), distinctId,
                settings.getPersonalApiKey());
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getHost() {
        return host;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getLocalEvaluationKey() {
        return localEvaluationKey;
    }
}
