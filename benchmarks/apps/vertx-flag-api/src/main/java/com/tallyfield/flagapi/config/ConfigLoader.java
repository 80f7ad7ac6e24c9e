package com.tallyfield.flagapi.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layers conf/config.json, the profile file (conf/&lt;APP_PROFILE&gt;.json) and selected environment
 * variables into a single configuration object.
 */
public final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    private static final String ENV_PROFILE = "APP_PROFILE";
    private static final String ENV_API_CLIENTS = "FLAG_API_CLIENTS";

    private ConfigLoader() {
    }

    public static Future<JsonObject> load(Vertx vertx) {
        String profile = System.getenv().getOrDefault(ENV_PROFILE, "local");

        ConfigStoreOptions base = new ConfigStoreOptions()
                .setType("file")
                .setFormat("json")
                .setConfig(new JsonObject().put("path", "conf/config.json"));

        ConfigStoreOptions profileFile = new ConfigStoreOptions()
                .setType("file")
                .setFormat("json")
                .setOptional(true)
                .setConfig(new JsonObject().put("path", "conf/" + profile + ".json"));

        ConfigStoreOptions env = new ConfigStoreOptions()
                .setType("env")
                .setConfig(new JsonObject().put("keys", new JsonArray()
                        .add(PostHogKeys.ENV_HOST)
                        .add(PostHogKeys.ENV_PROJECT_ID)
                        .add(PostHogKeys.ENV_PROJECT_API_KEY)
                        .add(PostHogKeys.ENV_PERSONAL_API_KEY)
                        .add(PostHogKeys.ENV_FLAGS_SECURE_KEY)
                        .add(ENV_API_CLIENTS)
                        .add("HTTP_PORT")));

        ConfigRetrieverOptions options = new ConfigRetrieverOptions()
                .setScanPeriod(0)
                .addStore(base)
                .addStore(profileFile)
                .addStore(env);

        ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
        return retriever.getConfig()
                .map(raw -> normalize(raw, profile))
                .onComplete(ar -> retriever.close());
    }

    static JsonObject normalize(JsonObject raw, String profile) {
        JsonObject posthog = raw.getJsonObject("posthog", new JsonObject()).copy();
        overlay(posthog, "host", raw.getString(PostHogKeys.ENV_HOST));
        overlay(posthog, "projectId", raw.getString(PostHogKeys.ENV_PROJECT_ID));
        overlay(posthog, "projectApiKey", raw.getString(PostHogKeys.ENV_PROJECT_API_KEY));
        overlay(posthog, "personalApiKey", raw.getString(PostHogKeys.ENV_PERSONAL_API_KEY));
        overlay(posthog, "flagsSecureKey", raw.getString(PostHogKeys.ENV_FLAGS_SECURE_KEY));

        if ("staging".equals(profile) || profile.startsWith("preview")) {
            posthog.put("host", posthog.getString("host", StagingDefaults.HOST));
            posthog.put("projectId", posthog.getString("projectId", StagingDefaults.PROJECT_ID));
            posthog.put("projectApiKey", posthog.getString("projectApiKey", StagingDefaults.PROJECT_API_KEY));
            posthog.put("flagsSecureKey", posthog.getString("flagsSecureKey", StagingDefaults.FLAGS_SECURE_KEY));
            posthog.put("pollIntervalSeconds", posthog.getInteger("pollIntervalSeconds", StagingDefaults.POLL_INTERVAL_SECONDS));
        }

        JsonObject http = raw.getJsonObject("http", new JsonObject()).copy();
        if (raw.containsKey("HTTP_PORT")) {
            http.put("port", Integer.parseInt(raw.getString("HTTP_PORT")));
        }
        if (raw.containsKey(ENV_API_CLIENTS)) {
            http.put("apiClients", new JsonArray(raw.getString(ENV_API_CLIENTS)));
        }

        PostHogSettings settings = PostHogSettings.fromJson(posthog);
        if (settings.personalApiKey() == null) {
            log.warn("{} is not set; the flag admin endpoints will be unavailable", PostHogKeys.ENV_PERSONAL_API_KEY);
        }
        log.info("Profile '{}' resolved PostHog settings: {}", profile, settings);

        return raw.copy()
                .put("profile", profile)
                .put("posthog", posthog)
                .put("http", http);
    }

    private static void overlay(JsonObject target, String field, String value) {
        if (value != null && !value.isBlank()) {
            target.put(field, value);
        }
    }
}
