package com.fernhill.fulfilment.worker.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public final class WorkerConfig {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_SECRET = "posthog-personal-api-key";
    public static final String PUBSUB_CREDENTIALS_SECRET = "orders-worker-pubsub-sa";

    private final String gcpProject;
    private final String subscriptionId;
    private final String ordersCollection;
    private final int port;
    private final String environment;
    private final String postHogHost;
    private final String projectApiKey;
    private final String replayProjectKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final String webhookSigningSecret;
    private final String pubsubCredentialsJson;

    private WorkerConfig(Properties props, SecretManagerLoader secrets) {
        this.gcpProject = env("GOOGLE_CLOUD_PROJECT", props.getProperty("gcp.project"));
        this.subscriptionId = env("PUBSUB_SUBSCRIPTION", props.getProperty("pubsub.subscription"));
        this.ordersCollection = props.getProperty("firestore.orders-collection", "orders");
        this.port = Integer.parseInt(env("PORT", "8080"));
        this.environment = env("WORKER_ENV", "production");
        this.postHogHost = env("POSTHOG_HOST", props.getProperty("posthog.host", "https://eu.i.posthog.com"));
        this.projectApiKey = env("POSTHOG_API_KEY", props.getProperty("posthog.api.key"));
        this.replayProjectKey = props.getProperty("posthog.replay.project-key");
        String personalFromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        this.personalApiKey = personalFromEnv != null && !personalFromEnv.isBlank()
                ? personalFromEnv
                : secrets.access(gcpProject, PERSONAL_KEY_SECRET);
        this.featureFlagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        this.webhookSigningSecret = System.getenv("WEBHOOK_SIGNING_SECRET");
        this.pubsubCredentialsJson = System.getenv("PUBSUB_EMULATOR_HOST") != null
                ? null
                : secrets.access(gcpProject, PUBSUB_CREDENTIALS_SECRET);
    }

    public static WorkerConfig load(SecretManagerLoader secrets) throws IOException {
        Properties props = new Properties();
        try (InputStream in = WorkerConfig.class.getResourceAsStream("/worker.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new WorkerConfig(props, secrets);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String gcpProject() {
        return gcpProject;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String ordersCollection() {
        return ordersCollection;
    }

    public int port() {
        return port;
    }

    public String environment() {
        return environment;
    }

    public String postHogHost() {
        return postHogHost;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String replayProjectKey() {
        return replayProjectKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String featureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public String webhookSigningSecret() {
        return webhookSigningSecret;
    }

    public String pubsubCredentialsJson() {
        return pubsubCredentialsJson;
    }

    @Override
    public String toString() {
        return "WorkerConfig{"
                + "gcpProject='" + gcpProject + '\''
                + ", subscriptionId='" + subscriptionId + '\''
                + ", ordersCollection='" + ordersCollection + '\''
                + ", port=" + port
                + ", environment='" + environment + '\''
                + ", postHogHost='" + postHogHost + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", featureFlagsSecureKey=" + (featureFlagsSecureKey != null ? "<set>" : "<unset>")
                + '}';
    }
}
