package com.tessaline.flaggate.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Builds the config retriever: classpath JSON file for the profile, then
 * environment variables on top.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static Future<GatewayConfig> load(Vertx vertx) {
        String profile = System.getenv().getOrDefault(ConfigKeys.PROFILE, "prod");
        String file = "dev".equals(profile) ? "conf/config-dev.json" : "conf/config.json";

        ConfigStoreOptions fileStore = new ConfigStoreOptions()
                .setType("file")
                .setFormat("json")
                .setConfig(new JsonObject().put("path", file));

        ConfigStoreOptions envStore = new ConfigStoreOptions()
                .setType("env")
                .setConfig(new JsonObject().put("keys", new io.vertx.core.json.JsonArray()
                        .add(ConfigKeys.PROFILE)
                        .add(ConfigKeys.PROJECT_API_KEY)
                        .add(ConfigKeys.PERSONAL_API_KEY)
                        .add(ConfigKeys.SECURE_API_KEY)
                        .add(ConfigKeys.ADMIN_PASSWORD)));

        ConfigRetriever retriever = ConfigRetriever.create(vertx,
                new ConfigRetrieverOptions().addStore(fileStore).addStore(envStore));

        return retriever.getConfig().map(GatewayConfig::from);
    }
}
