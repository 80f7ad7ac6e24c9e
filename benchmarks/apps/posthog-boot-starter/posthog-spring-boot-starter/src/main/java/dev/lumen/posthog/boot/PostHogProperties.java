package dev.lumen.posthog.boot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    private boolean enabled = true;

    private String apiKey;

    private String personalApiKey;

    private String host = "https://us.i.posthog.com";

    private final Client client = new Client();

    private final FeatureFlags featureFlags = new FeatureFlags();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Client getClient() {
        return client;
    }

    public FeatureFlags getFeatureFlags() {
        return featureFlags;
    }

    @Override
    public String toString() {
        return "PostHogProperties{enabled=" + enabled
                + ", host='" + host + '\''
                + ", apiKey='" + apiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", client=" + client
                + ", featureFlags=" + featureFlags + '}';
    }

    public static class Client {

        private boolean debug;

        private int flushAt = 20;

        private int maxQueueSize = 1000;

        private Duration flushInterval = Duration.ofSeconds(30);

        public boolean isDebug() {
            return debug;
        }

        public void setDebug(boolean debug) {
            this.debug = debug;
        }

        public int getFlushAt() {
            return flushAt;
        }

        public void setFlushAt(int flushAt) {
            this.flushAt = flushAt;
        }

        public int getMaxQueueSize() {
            return maxQueueSize;
        }

        public void setMaxQueueSize(int maxQueueSize) {
            this.maxQueueSize = maxQueueSize;
        }

        public Duration getFlushInterval() {
            return flushInterval;
        }

        public void setFlushInterval(Duration flushInterval) {
            this.flushInterval = flushInterval;
        }

        @Override
        public String toString() {
            return "Client{debug=" + debug + ", flushAt=" + flushAt + ", maxQueueSize=" + maxQueueSize
                    + ", flushInterval=" + flushInterval + '}';
        }
    }

    public static class FeatureFlags {

        private boolean localEvaluation = true;

        private int pollIntervalSeconds = 30;

        private KeyMode keyMode = KeyMode.PERSONAL;

        public boolean isLocalEvaluation() {
            return localEvaluation;
        }

        public void setLocalEvaluation(boolean localEvaluation) {
            this.localEvaluation = localEvaluation;
        }

        public int getPollIntervalSeconds() {
            return pollIntervalSeconds;
        }

        public void setPollIntervalSeconds(int pollIntervalSeconds) {
            this.pollIntervalSeconds = pollIntervalSeconds;
        }

        public KeyMode getKeyMode() {
            return keyMode;
        }

        public void setKeyMode(KeyMode keyMode) {
            this.keyMode = keyMode;
        }

        @Override
        public String toString() {
            return "FeatureFlags{localEvaluation=" + localEvaluation + ", pollIntervalSeconds="
                    + pollIntervalSeconds + ", keyMode=" + keyMode + '}';
        }
    }

    public enum KeyMode {
        PERSONAL,
        SECURE
    }
}
