package com.northwind.flagdesk.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Builds the vertx-config retriever: built-in defaults, then conf/config.yml, then the environment.
 * Later stores win.
 */
public final class ConfigLoader {

    private static final String CONFIG_PATH = System.getProperty("flagdesk.config", "conf/config.yml");

    private ConfigLoader() {
    }

    public static Future<AppConfig> load(Vertx vertx) {
        ConfigStoreOptions defaults = new ConfigStoreOptions()
                .setType("json")
                .setConfig(new JsonObject()
                        .put("http", new JsonObject().put("port", 8080).put("session-timeout-minutes", 30))
                        .put("posthog", new JsonObject()
                                .put("host", "https://us.i.posthog.com")
                                .put("api-host", "https://us.posthog.com")
                                .put("oauth-refresh-token", "phr_eu39d6jfoQaoBRvq783kdXCmRgMPW6kpRCGvmGeaaqQdvmpd")
                                .put("poll-interval-seconds", 30)));

        ConfigStoreOptions yaml = new ConfigStoreOptions()
                .setType("file")
                .setFormat("yaml")
                .setOptional(true)
                .setConfig(new JsonObject().put("path", CONFIG_PATH));

        ConfigStoreOptions env = new ConfigStoreOptions()
                .setType("env");

        ConfigRetriever retriever = ConfigRetriever.create(vertx, new ConfigRetrieverOptions()
                .setScanPeriod(0)
                .addStore(defaults)
                .addStore(yaml)
                .addStore(env));

        return retriever.getConfig()
                .map(AppConfig::from)
                .onComplete(ar -> retriever.close());
    }
}
