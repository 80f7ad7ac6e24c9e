package com.northwind.fulfil.worker.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.io.File;

public final class WorkerSettings {

    public enum TokenMode { NONE, STATIC_TOKEN, USER_PASSWORD, CREDS_FILE }

    private final String environment;
    private final int statusPort;
    private final String statusAdminToken;
    private final String natsUrl;
    private final TokenMode tokenMode;
    private final String natsToken;
    private final String natsUser;
    private final String natsPassword;
    private final String credsFile;
    private final String stream;
    private final String durable;
    private final String kvBucket;
    private final String posthogHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String backfillProjectKey;

    private WorkerSettings(Config c) {
        this.environment = c.getString("worker.environment");
        this.statusPort = c.getInt("worker.status-port");
        this.statusAdminToken = optional(c, "worker.status-admin-token");
        this.natsUrl = c.getString("nats.url");
        this.tokenMode = c.getEnum(TokenMode.class, "nats.auth-mode");
        this.natsToken = c.getString("nats.token");
        this.natsUser = c.getString("nats.user");
        this.natsPassword = c.getString("nats.password");
        this.credsFile = c.getString("nats.creds-file");
        this.stream = c.getString("nats.stream");
        this.durable = c.getString("nats.durable");
        this.kvBucket = c.getString("nats.kv-bucket");
        this.posthogHost = c.getString("posthog.host");
        this.projectApiKey = c.getString("posthog.project-api-key");
        this.personalApiKey = c.hasPath(PostHogKeys.PERSONAL_KEY_PROPERTY)
                ? c.getString(PostHogKeys.PERSONAL_KEY_PROPERTY)
                : PostHogKeys.OPS_PERSONAL_KEY;
        this.flagsSecureKey = optional(c, PostHogKeys.SECURE_KEY_PROPERTY);
        this.backfillProjectKey = optional(c, "posthog.backfill-project-key");
    }

    public static WorkerSettings load() {
        Config config = ConfigFactory.load();
        String overlay = System.getProperty("worker.config");
        if (overlay != null && !overlay.isBlank()) {
            config = ConfigFactory.parseFile(new File(overlay))
                    .withFallback(config)
                    .resolve();
        }
        return new WorkerSettings(config);
    }

    private static String optional(Config c, String path) {
        return c.hasPath(path) ? c.getString(path) : null;
    }

    public String environment() { return environment; }
    public int statusPort() { return statusPort; }
    public String statusAdminToken() { return statusAdminToken; }
    public String natsUrl() { return natsUrl; }
    public TokenMode tokenMode() { return tokenMode; }
    public String natsToken() { return natsToken; }
    public String natsUser() { return natsUser; }
    public String natsPassword() { return natsPassword; }
    public String credsFile() { return credsFile; }
    public String stream() { return stream; }
    public String durable() { return durable; }
    public String kvBucket() { return kvBucket; }
    public String posthogHost() { return posthogHost; }
    public String projectApiKey() { return projectApiKey; }
    public String personalApiKey() { return personalApiKey; }
    public String flagsSecureKey() { return flagsSecureKey; }
    public String backfillProjectKey() { return backfillProjectKey; }

    @Override
    public String toString() {
        return "WorkerSettings{environment=" + environment
                + ", natsUrl=" + natsUrl
                + ", tokenMode=" + tokenMode
                + ", natsToken=" + natsToken
                + ", natsUser=" + natsUser
                + ", stream=" + stream
                + ", durable=" + durable
                + ", kvBucket=" + kvBucket
                + ", posthogHost=" + posthogHost
                + ", projectApiKey=" + projectApiKey
                + "}";
    }
}
