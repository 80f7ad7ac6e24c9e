package io.jenkins.plugins.posthog.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.Objects;

/**
 * Immutable snapshot of the effective PostHog settings for one build.
 * Created by {@link io.jenkins.plugins.posthog.PostHogGlobalConfiguration#toSettings()} and
 * overridden per job by the notifier or the pipeline step.
 */
public final class PostHogSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final boolean debug;
    private final int pollIntervalSeconds;

    private PostHogSettings(Builder b) {
        this.host = b.host;
        this.projectApiKey = b.projectApiKey;
        this.personalApiKey = b.personalApiKey;
        this.debug = b.debug;
        this.pollIntervalSeconds = b.pollIntervalSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }

    @NonNull
    public String getHost() {
        return host;
    }

    @CheckForNull
    public String getProjectApiKey() {
        return projectApiKey;
    }

    @CheckForNull
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }

    public boolean isDebug() {
        return debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .projectApiKey(projectApiKey)
                .personalApiKey(personalApiKey)
                .debug(debug)
                .pollIntervalSeconds(pollIntervalSeconds);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PostHogSettings)) {
            return false;
        }
        PostHogSettings that = (PostHogSettings) o;
        return debug == that.debug
                && pollIntervalSeconds == that.pollIntervalSeconds
                && Objects.equals(host, that.host)
                && Objects.equals(projectApiKey, that.projectApiKey)
                && Objects.equals(personalApiKey, that.personalApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectApiKey, personalApiKey, debug, pollIntervalSeconds);
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }

    public static final class Builder {
        private String host;
        private String projectApiKey;
        private String personalApiKey;
        private boolean debug;
        private int pollIntervalSeconds = 30;

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder projectApiKey(String projectApiKey) {
            this.projectApiKey = projectApiKey;
            return this;
        }

        public Builder personalApiKey(String personalApiKey) {
            this.personalApiKey = personalApiKey;
            return this;
        }

        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        public Builder pollIntervalSeconds(int pollIntervalSeconds) {
            this.pollIntervalSeconds = pollIntervalSeconds;
            return this;
        }

        public PostHogSettings build() {
            return new PostHogSettings(this);
        }
    }
}
