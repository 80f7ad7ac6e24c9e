package io.trailmark.analytics;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

/**
 * Immutable configuration for {@link Analytics}. Create it with {@link Builder}.
 */
public final class AnalyticsOptions {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final int DEFAULT_FLUSH_AT = 20;

    private final String apiKey;
    private final String host;
    @Nullable
    private final String flagsSecureKey;
    private final boolean debug;
    private final int flushAt;
    private final boolean captureScreenViews;

    private AnalyticsOptions(Builder builder) {
        this.apiKey = builder.apiKey;
        this.host = builder.host;
        this.flagsSecureKey = builder.flagsSecureKey;
        this.debug = builder.debug;
        this.flushAt = builder.flushAt;
        this.captureScreenViews = builder.captureScreenViews;
    }

    @NonNull
    public String getApiKey() {
        return apiKey;
    }

    @NonNull
    public String getHost() {
        return host;
    }

    @Nullable
    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public boolean isDebug() {
        return debug;
    }

    public int getFlushAt() {
        return flushAt;
    }

    public boolean isCaptureScreenViews() {
        return captureScreenViews;
    }

    public boolean hasLocalEvaluation() {
        return flagsSecureKey != null;
    }

    @Override
    public String toString() {
        return "AnalyticsOptions{"
                + "apiKey=" + apiKey
                + ", host=" + host
                + ", flagsSecureKey=" + flagsSecureKey
                + ", debug=" + debug
                + ", flushAt=" + flushAt
                + ", captureScreenViews=" + captureScreenViews
                + '}';
    }

    public static final class Builder {

        private final String apiKey;
        private String host = DEFAULT_HOST;
        private String flagsSecureKey;
        private boolean debug;
        private int flushAt = DEFAULT_FLUSH_AT;
        private boolean captureScreenViews = true;

        public Builder(@NonNull String apiKey) {
            this.apiKey = apiKey;
        }

        public Builder host(@NonNull String host) {
            this.host = host;
            return this;
        }

        public Builder flagsSecureKey(@Nullable String flagsSecureKey) {
            this.flagsSecureKey = flagsSecureKey;
            return this;
        }

        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        public Builder flushAt(int flushAt) {
            this.flushAt = flushAt;
            return this;
        }

        public Builder captureScreenViews(boolean captureScreenViews) {
            this.captureScreenViews = captureScreenViews;
            return this;
        }

        @NonNull
        public AnalyticsOptions build() {
            if (apiKey == null || apiKey.trim().isEmpty()) {
                throw new AnalyticsConfigException("PostHog project API key is missing");
            }
            if (!host.startsWith("https://")) {
                throw new AnalyticsConfigException("PostHog host must use https: " + host);
            }
            if (flagsSecureKey != null && !flagsSecureKey.startsWith("phs_")) {
                throw new AnalyticsConfigException("Unsupported feature flag key '" + flagsSecureKey
                        + "', expected a phs_ secure key");
            }
            if (flushAt < 1) {
                throw new AnalyticsConfigException("flushAt must be positive, was " + flushAt);
            }
            return new AnalyticsOptions(this);
        }
    }
}
