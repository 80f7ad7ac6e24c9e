package net.aurorastudio.auroratelemetry.config;

import java.util.List;

import net.neoforged.neoforge.common.ModConfigSpec;

public final class TelemetryConfig {

    public static final ModConfigSpec SERVER_SPEC;
    public static final ModConfigSpec CLIENT_SPEC;

    public static final ModConfigSpec.BooleanValue ENABLED;
    public static final ModConfigSpec.ConfigValue<String> HOST;
    public static final ModConfigSpec.ConfigValue<String> PROJECT_API_KEY;
    public static final ModConfigSpec.ConfigValue<String> PERSONAL_API_KEY;
    public static final ModConfigSpec.ConfigValue<String> FLAGS_SECURE_KEY;
    public static final ModConfigSpec.BooleanValue SDK_VERBOSE;
    public static final ModConfigSpec.IntValue TOKEN_REFRESH_SECONDS;
    public static final ModConfigSpec.ConfigValue<List<? extends String>> TRACKED_FLAGS;

    public static final ModConfigSpec.BooleanValue CLIENT_OPT_IN;
    public static final ModConfigSpec.ConfigValue<String> CLIENT_PROJECT_KEY;
    public static final ModConfigSpec.BooleanValue SHOW_STATUS_OVERLAY;

    static {
        ModConfigSpec.Builder server = new ModConfigSpec.Builder();
        server.comment("PostHog telemetry settings for the logical server").push("posthog");
        ENABLED = server
                .comment("Send gameplay events to PostHog")
                .define("enabled", true);
        HOST = server
                .comment("PostHog ingestion host")
                .define("host", PostHogKeys.HOST);
        PROJECT_API_KEY = server
                .comment("Project API key used for event capture")
                .define("projectApiKey", "phc_VzF2Ac6sUg1snwVYHL4d0FZVwLZ41vgIO2kVnJjFqx7");
        PERSONAL_API_KEY = server
                .comment("Personal API key used for local feature flag evaluation")
                .define("personalApiKey", "phx_BDIQOjJ5hX1EuFVQXFfIN3TLG4rBif7t8GyOMuSBizT1D7U");
        FLAGS_SECURE_KEY = server
                .comment("Feature flags secure API key, preferred over the personal key when set")
                .define("flagsSecureKey", "");
        SDK_VERBOSE = server
                .comment("Print PostHog SDK diagnostics to the server console")
                .define("sdkVerbose", false);
        TOKEN_REFRESH_SECONDS = server
                .comment("How often feature flag definitions are refreshed, in seconds")
                .defineInRange("tokenRefreshSeconds", 60, 15, 3600);
        TRACKED_FLAGS = server
                .comment("Feature flags mirrored to connected clients")
                .defineListAllowEmpty("trackedFlags", List.of("new-villager-trades", "nether-biome-tweaks"),
                        () -> "", o -> o instanceof String);
        server.pop();
        SERVER_SPEC = server.build();

        ModConfigSpec.Builder client = new ModConfigSpec.Builder();
        client.push("telemetry");
        CLIENT_OPT_IN = client
                .comment("Allow anonymous client-side telemetry")
                .define("optIn", false);
        CLIENT_PROJECT_KEY = client
                .comment("Project API key for client events")
                .define("projectApiKey", PostHogKeys.PROJECT_KEY);
        SHOW_STATUS_OVERLAY = client
                .define("showStatusOverlay", true);
        client.pop();
        CLIENT_SPEC = client.build();
    }

    private TelemetryConfig() {
    }
}
