package com.tideline.featuregate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tideline.featuregate.posthog.PostHogFactory;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public class FeatureGateConfiguration extends Configuration {

    @Valid
    @NotNull
    private PostHogFactory posthog = new PostHogFactory();

    @Valid
    @NotNull
    private AdminCredentials admin = new AdminCredentials();

    @JsonProperty("posthog")
    public PostHogFactory getPosthog() {
        return posthog;
    }

    @JsonProperty("posthog")
    public void setPosthog(PostHogFactory posthog) {
        this.posthog = posthog;
    }

    @JsonProperty("admin")
    public AdminCredentials getAdmin() {
        return admin;
    }

    @JsonProperty("admin")
    public void setAdmin(AdminCredentials admin) {
        this.admin = admin;
    }

    /** The single ops account of the admin endpoints; only a bcrypt hash is configured. */
    public static class AdminCredentials {

        @JsonProperty
        public String username;

        @JsonProperty
        public String passwordHash;
    }
}
