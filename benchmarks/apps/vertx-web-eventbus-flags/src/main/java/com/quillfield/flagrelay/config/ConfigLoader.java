package com.quillfield.flagrelay.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Builds the ConfigRetriever: YAML file first, then selected environment variables on top.
 */
public final class ConfigLoader {

    private static final JsonArray ENV_KEYS = new JsonArray()
            .add("HTTP_PORT")
            .add("POSTHOG_HOST")
            .add("POSTHOG_PROJECT_API_KEY")
            .add(PostHogSettings.PERSONAL_KEY_ENV)
            .add(PostHogSettings.SECURE_KEY_ENV)
            .add("OAUTH_CLIENT_SECRET");

    private ConfigLoader() {
    }

    public static ConfigRetriever retriever(Vertx vertx) {
        ConfigStoreOptions yaml = new ConfigStoreOptions()
                .setType("file")
                .setFormat("yaml")
                .setOptional(false)
                .setConfig(new JsonObject().put("path", System.getProperty("flagrelay.config", "conf/config.yaml")));

        ConfigStoreOptions env = new ConfigStoreOptions()
                .setType("env")
                .setConfig(new JsonObject().put("keys", ENV_KEYS));

        return ConfigRetriever.create(vertx, new ConfigRetrieverOptions()
                .setScanPeriod(0)
                .addStore(yaml)
                .addStore(env));
    }

    public static Future<JsonObject> load(Vertx vertx) {
        return retriever(vertx).getConfig();
    }
}
