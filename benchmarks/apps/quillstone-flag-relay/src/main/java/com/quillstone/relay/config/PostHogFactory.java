package com.quillstone.relay.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import lombok.Getter;
import lombok.Setter;
import lombok.ToString;

/** The {@code posthog:} block of config.yml. */
@Getter
@Setter
@ToString
public class PostHogFactory {

    @NotEmpty
    @JsonProperty
    private String projectApiKey;

    @JsonProperty
    @ToString.Exclude
    private String personalApiKey;

    @NotEmpty
    @JsonProperty
    private String host = "https://us.i.posthog.com";

    @Min(1)
    @JsonProperty
    private long projectId;

    @JsonProperty
    private boolean debug;

    @JsonProperty
    private int pollIntervalSeconds = 30;

    public PostHogInterface build(Environment environment) {
        PostHogConfig.Builder builder = PostHogConfig.builder(projectApiKey)
                .host(host)
                .personalApiKey(personalApiKey)
                .pollIntervalSeconds(pollIntervalSeconds);
        if (debug) {
            builder.debug(true);
        }
        PostHogInterface client = PostHog.with(builder.build());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                client.flush();
                client.close();
            }
        });
        return client;
    }

    /** Short-lived client for the {@code dump-flags} command: prints what the SDK fetches. */
    public PostHogInterface buildForDump() {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .personalApiKey(personalApiKey)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    public String privateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }
}
