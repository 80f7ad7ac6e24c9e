package com.tideline.featuregate.posthog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.validation.constraints.NotEmpty;

/**
 * Binds the {@code posthog:} block of the Dropwizard YAML and builds the SDK client.
 */
public class PostHogFactory {

    @NotEmpty
    private String host = "https://eu.i.posthog.com";

    @NotEmpty
    private String privateApiHost = "https://eu.posthog.com";

    private long projectId;

    @NotEmpty
    private String projectApiKey;

    private String personalApiKey;

    private boolean debug;

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public String getPrivateApiHost() {
        return privateApiHost;
    }

    @JsonProperty
    public void setPrivateApiHost(String privateApiHost) {
        this.privateApiHost = privateApiHost;
    }

    @JsonProperty
    public long getProjectId() {
        return projectId;
    }

    @JsonProperty
    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    @JsonProperty
    public String getProjectApiKey() {
        return projectApiKey;
    }

    @JsonProperty
    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    @JsonProperty
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    @JsonProperty
    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @JsonProperty
    public boolean isDebug() {
        return debug;
    }

    @JsonProperty
    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && personalApiKey.startsWith(ApiConstants.PERSONAL_KEY_PREFIX);
    }

    /** Shows the key the way PostHog's UI does: first 4 and last 4 characters. */
    public String maskedPersonalApiKey() {
        if (personalApiKey == null) {
            return "<none>";
        }
        if (personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    public PostHogInterface build(Environment environment) {
        PostHogConfig.Builder builder = PostHogConfig.builder(projectApiKey).host(host);
        if (hasPersonalApiKey()) {
            builder.personalApiKey(personalApiKey);
        }
        builder.debug(debug);
        PostHogInterface client = PostHog.with(builder.build());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.close();
            }
        });
        return client;
    }

    @Override
    public String toString() {
        return "PostHogFactory{host=" + host
                + ", privateApiHost=" + privateApiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug + "}";
    }
}
