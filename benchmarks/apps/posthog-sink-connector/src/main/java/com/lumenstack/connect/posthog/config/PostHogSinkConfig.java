package com.lumenstack.connect.posthog.config;

import static com.lumenstack.connect.posthog.config.ConfigKeys.*;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;

public class PostHogSinkConfig extends AbstractConfig {

    private static final String GROUP_POSTHOG = "PostHog";
    private static final String GROUP_MAPPING = "Mapping";
    private static final String GROUP_ADMIN = "Admin endpoint";

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_API_HOST = "https://us.posthog.com";

    public PostHogSinkConfig(Map<String, String> props) {
        super(configDef(), props);
    }

    public static ConfigDef configDef() {
        int order = 0;
        return new ConfigDef()
                .define(PROJECT_API_KEY, Type.STRING, null, Importance.HIGH,
                        "Project API key (phc_...) used to capture events.",
                        GROUP_POSTHOG, ++order, Width.LONG, "Project API key")
                .define(PERSONAL_API_KEY, Type.PASSWORD, null, Importance.MEDIUM,
                        "Personal API key (phx_...). Enables local feature flag evaluation and the flag preview page.",
                        GROUP_POSTHOG, ++order, Width.LONG, "Personal API key")
                .define(FEATURE_FLAGS_SECURE_API_KEY, Type.PASSWORD, null, Importance.MEDIUM,
                        "Feature flags secure API key (phs_...). Preferred over the personal key for local evaluation.",
                        GROUP_POSTHOG, ++order, Width.LONG, "Feature flags secure API key")
                .define(HOST, Type.STRING, DEFAULT_HOST, Importance.MEDIUM,
                        "PostHog ingestion host.", GROUP_POSTHOG, ++order, Width.MEDIUM, "Host")
                .define(API_HOST, Type.STRING, DEFAULT_API_HOST, Importance.LOW,
                        "PostHog app host used for the private REST API.", GROUP_POSTHOG, ++order, Width.MEDIUM, "API host")
                .define(PROJECT_ID, Type.STRING, null, Importance.LOW,
                        "Numeric project id, needed for the flag preview page.", GROUP_POSTHOG, ++order, Width.SHORT, "Project id")
                .define(SDK_DEBUG, Type.BOOLEAN, false, Importance.LOW,
                        "Turn on the PostHog SDK's own debug output.", GROUP_POSTHOG, ++order, Width.SHORT, "SDK debug")
                .define(SANDBOX, Type.BOOLEAN, false, Importance.LOW,
                        "Use the shared connect-sandbox project (local development only).",
                        GROUP_POSTHOG, ++order, Width.SHORT, "Sandbox")
                .define(BATCH_SIZE, Type.INT, 50, Range.between(1, 1000), Importance.LOW,
                        "Events buffered by the SDK before a flush.", GROUP_POSTHOG, ++order, Width.SHORT, "Batch size")
                .define(HEALTH_PROBE_ON_START, Type.BOOLEAN, false, Importance.LOW,
                        "Send a $connector_health event when a task starts.", GROUP_POSTHOG, ++order, Width.SHORT, "Health probe")
                .define(DISTINCT_ID_TEMPLATE, Type.STRING, "${key}", Importance.HIGH,
                        "Template for the distinct id, e.g. user-${value.user_id}.", GROUP_MAPPING, 1, Width.MEDIUM, "Distinct id")
                .define(EVENT_NAME_FIELD, Type.STRING, "event", Importance.MEDIUM,
                        "Value field holding the event name.", GROUP_MAPPING, 2, Width.MEDIUM, "Event name field")
                .define(DEFAULT_EVENT_NAME, Type.STRING, "kafka_record", Importance.LOW,
                        "Event name when the field is missing.", GROUP_MAPPING, 3, Width.MEDIUM, "Default event")
                .define(ADMIN_ENABLED, Type.BOOLEAN, false, Importance.LOW,
                        "Start the embedded admin HTTP endpoint.", GROUP_ADMIN, 1, Width.SHORT, "Enabled")
                .define(ADMIN_PORT, Type.INT, 8093, Range.between(1024, 65535), Importance.LOW,
                        "Admin endpoint port.", GROUP_ADMIN, 2, Width.SHORT, "Port")
                .define(ADMIN_USER, Type.STRING, "connect-admin", Importance.LOW,
                        "Basic auth user for the admin endpoint.", GROUP_ADMIN, 3, Width.SHORT, "User")
                .define(ADMIN_PASSWORD, Type.PASSWORD, null, Importance.LOW,
                        "Basic auth password for the admin endpoint. Generated when unset.", GROUP_ADMIN, 4, Width.SHORT, "Password");
    }

    public boolean sandbox() {
        return getBoolean(SANDBOX);
    }

    public String projectApiKey() {
        String configured = getString(PROJECT_API_KEY);
        return configured == null && sandbox() ? SandboxDefaults.PROJECT_API_KEY : configured;
    }

    public Password personalApiKey() {
        return getPassword(PERSONAL_API_KEY);
    }

    public Password featureFlagsSecureKey() {
        return getPassword(FEATURE_FLAGS_SECURE_API_KEY);
    }

    public String host() {
        return sandbox() ? SandboxDefaults.HOST : getString(HOST);
    }

    public String apiHost() {
        return sandbox() ? SandboxDefaults.API_HOST : getString(API_HOST);
    }

    public String projectId() {
        String configured = getString(PROJECT_ID);
        return configured == null && sandbox() ? SandboxDefaults.PROJECT_ID : configured;
    }

    public boolean sdkDebug() {
        return getBoolean(SDK_DEBUG);
    }

    public int batchSize() {
        return getInt(BATCH_SIZE);
    }

    public boolean healthProbeOnStart() {
        return getBoolean(HEALTH_PROBE_ON_START);
    }

    public String distinctIdTemplate() {
        return getString(DISTINCT_ID_TEMPLATE);
    }

    public String eventNameField() {
        return getString(EVENT_NAME_FIELD);
    }

    public String defaultEventName() {
        return getString(DEFAULT_EVENT_NAME);
    }

    public boolean adminEnabled() {
        return getBoolean(ADMIN_ENABLED);
    }

    public int adminPort() {
        return getInt(ADMIN_PORT);
    }

    public String adminUser() {
        return getString(ADMIN_USER);
    }

    public Password adminPassword() {
        return getPassword(ADMIN_PASSWORD);
    }

    /** Resolves the configured keys (or the sandbox ones) into a plain credentials holder. */
    public PostHogCredentials credentials() {
        String personal = reveal(personalApiKey());
        if (personal == null && sandbox()) {
            personal = SandboxDefaults.PERSONAL_API_KEY;
        }
        return new PostHogCredentials(
                projectApiKey(),
                personal,
                reveal(featureFlagsSecureKey()),
                host(),
                apiHost(),
                projectId());
    }

    private static String reveal(Password password) {
        return password == null ? null : password.value();
    }
}
