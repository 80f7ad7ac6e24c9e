package com.blockforge.telemetryflags.client;

import com.blockforge.telemetryflags.TelemetryFlagsMod;
import com.blockforge.telemetryflags.config.PostHogDefaults;
import com.blockforge.telemetryflags.network.FlagSyncPayload;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import net.fabricmc.api.EnvType;
import net.fabricmc.api.Environment;
import net.fabricmc.loader.api.FabricLoader;
import net.minecraft.SharedConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Anonymous client-side telemetry and the client's view of feature flags. */
@Environment(EnvType.CLIENT)
public final class ClientTelemetry {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/client");
    private static final ClientTelemetry INSTANCE = new ClientTelemetry();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Boolean> flags = new ConcurrentHashMap<>();
    private final String installId = UUID.randomUUID().toString();

    private ClientTelemetry() {
    }

    public static ClientTelemetry get() {
        return INSTANCE;
    }

    public boolean isEnabled(String flagKey) {
        return flags.getOrDefault(flagKey, false);
    }

    public void onFlagsSynced(FlagSyncPayload payload) {
        flags.clear();
        flags.putAll(payload.flags());
        if (payload.flags().isEmpty()) {
            refreshLocalDefinitions();
        }
    }

    public void captureLaunch() {
        JsonObject properties = new JsonObject();
        properties.addProperty("mc_version", SharedConstants.getGameVersion().getName());
        properties.addProperty("mod_version", FabricLoader.getInstance().getModContainer(TelemetryFlagsMod.MOD_ID)
                .map(mod -> mod.getMetadata().getVersion().getFriendlyString())
                .orElse("dev"));
        send("client_launched", properties);
    }

    private void send(String event, JsonObject properties) {
        JsonObject body = new JsonObject();
        body.addProperty("api_key", PostHogDefaults.PROJECT_API_KEY);
        body.addProperty("event", event);
        body.addProperty("distinct_id", installId);
        body.add("properties", properties);
        HttpRequest request = HttpRequest.newBuilder(URI.create(PostHogDefaults.DEFAULT_HOST + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** Singleplayer / servers without the mod: pull flag definitions straight from PostHog. */
    private void refreshLocalDefinitions() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PostHogDefaults.DEFAULT_HOST
                        + "/api/feature_flag/local_evaluation/?token=" + PostHogDefaults.PROJECT_API_KEY))
                .header("Authorization", "Bearer " + PostHogDefaults.FALLBACK_SECURE_KEY)
                .GET()
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
            if (response.statusCode() != 200) {
                LOGGER.warn("Flag definitions unavailable (HTTP {})", response.statusCode());
                return;
            }
            JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
            json.getAsJsonArray("flags").forEach(element -> {
                JsonObject flag = element.getAsJsonObject();
                flags.put(flag.get("key").getAsString(), flag.get("active").getAsBoolean());
            });
        });
    }
}
