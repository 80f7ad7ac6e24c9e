package com.cobaltmill.portal.config;

import com.cobaltmill.portal.util.Secrets;

/** Immutable portal settings, stored as a servlet-context attribute by {@link PortalConfigListener}. */
public final class PortalConfig {

    private final String host;
    private final long projectId;
    private final PostHogCredentials credentials;
    private final boolean sdkDebug;

    private PortalConfig(Builder b) {
        this.host = b.host;
        this.projectId = b.projectId;
        this.credentials = b.credentials;
        this.sdkDebug = b.sdkDebug;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getHost() {
        return host;
    }

    public String getPrivateApiHost() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    public long getProjectId() {
        return projectId;
    }

    public PostHogCredentials getCredentials() {
        return credentials;
    }

    public String getProjectApiKey() {
        return credentials.getProjectApiKey();
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    @Override
    public String toString() {
        return new StringBuilder("PortalConfig{")
                .append("host=").append(host)
                .append(", projectId=").append(projectId)
                .append(", personalApiKey=").append(Secrets.mask(credentials.getPersonalApiKey()))
                .append(", keySource=").append(credentials.getSource())
                .append('}')
                .toString();
    }

    public static final class Builder {
        private String host = "https://eu.i.posthog.com";
        private long projectId;
        private PostHogCredentials credentials;
        private boolean sdkDebug;

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder projectId(long projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder credentials(PostHogCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder sdkDebug(boolean sdkDebug) {
            this.sdkDebug = sdkDebug;
            return this;
        }

        public PortalConfig build() {
            return new PortalConfig(this);
        }
    }
}
