package com.northwind.flags.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Builds the {@link ConfigRetriever}: the YAML file first, then selected environment variables.
 */
public final class ConfigLoader {

  private static final JsonArray ENV_KEYS = new JsonArray()
      .add("HTTP_PORT")
      .add(PostHogKeys.PROJECT_KEY_ENV)
      .add(PostHogKeys.PERSONAL_KEY_ENV)
      .add(PostHogKeys.SECURE_KEY_ENV)
      .add("ADMIN_TOKEN")
      .add("WAREHOUSE_PASSWORD");

  private ConfigLoader() {
  }

  public static ConfigRetriever retriever(Vertx vertx) {
    ConfigStoreOptions file = new ConfigStoreOptions()
        .setType("file")
        .setFormat("yaml")
        .setConfig(new JsonObject().put("path", System.getProperty("flags.config", "conf/config.yml")));
    ConfigStoreOptions env = new ConfigStoreOptions()
        .setType("env")
        .setConfig(new JsonObject().put("raw-data", true).put("keys", ENV_KEYS));
    return ConfigRetriever.create(vertx, new ConfigRetrieverOptions()
        .setScanPeriod(60_000)
        .addStore(file)
        .addStore(env));
  }

  /** Prints the warehouse connection before logging is configured (-Dflags.printConfig=true). */
  public static void dumpIfRequested(AppConfig config) {
    if (Boolean.getBoolean("flags.printConfig")) {
      System.out.println("[flags] warehouse " + config.warehouseUrl() + " user=" + config.warehouseUser()
          + " password=" + config.warehousePassword());
    }
  }
}
