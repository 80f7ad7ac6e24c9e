package net.aurorastudio.auroratelemetry.telemetry;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.minecraft.server.level.ServerPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogService {

    private static final Logger LOGGER = LoggerFactory.getLogger(PostHogService.class);

    private static PostHogService instance;

    private final PostHogInterface postHog;
    private final UUID telemetrySessionId = UUID.randomUUID();

    private PostHogService(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    public static synchronized PostHogService start() {
        if (instance != null) {
            return instance;
        }
        String host = TelemetryConfig.HOST.get();
        String projectKey = System.getenv().getOrDefault(PostHogKeys.PROJECT_KEY_ENV, TelemetryConfig.PROJECT_API_KEY.get());
        String personalKey = resolvePersonalKey();
        int refreshSeconds = TelemetryConfig.TOKEN_REFRESH_SECONDS.get();

        LOGGER.info("Connecting to PostHog at {} (project {}) with personal key {}", host, projectKey, personalKey);
        LOGGER.info("apiKey configured: {}, flag refresh every {}s", !personalKey.isBlank(), refreshSeconds);
        LOGGER.info("Personal key fingerprint {}", KeyMasker.sha256Hash(personalKey));
        LOGGER.atDebug()
                .addKeyValue("host", host)
                .addKeyValue("personalApiKey", personalKey)
                .log("Local feature flag evaluation configured");

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .pollIntervalSeconds(refreshSeconds)
                .build();
        if (TelemetryConfig.SDK_VERBOSE.get()) {
            config.setDebug(true);
        }

        instance = new PostHogService(PostHog.with(config));
        LOGGER.info("Telemetry session {} started", instance.telemetrySessionId);
        return instance;
    }

    private static String resolvePersonalKey() {
        return Optional.ofNullable(System.getenv(PostHogKeys.PERSONAL_KEY_ENV))
                .or(() -> Optional.ofNullable(System.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY)))
                .filter(value -> !value.isBlank())
                .orElseGet(TelemetryConfig.PERSONAL_API_KEY::get);
    }

    public static PostHogService get() {
        return instance;
    }

    public static synchronized void stop() {
        if (instance != null) {
            instance.postHog.flush();
            instance.postHog.close();
            instance = null;
        }
    }

    public void capturePlayerJoin(ServerPlayer player) {
        postHog.capture(
                player.getStringUUID(),
                "player_joined",
                PostHogCaptureOptions.builder()
                        .property("dimension", player.level().dimension().location().toString())
                        .property("telemetry_session", telemetrySessionId.toString())
                        .userPropertySetOnce("first_seen_server", player.server.getServerModName())
                        .build());
    }

    public void capturePlayerLeave(ServerPlayer player) {
        postHog.capture(player.getStringUUID(), "player_left", Map.of("play_time_ticks", player.tickCount));
    }

    public boolean isFlagEnabled(ServerPlayer player, String flagKey) {
        return postHog.isFeatureEnabled(player.getStringUUID(), flagKey, false);
    }
}
