package io.vertx.config;

/** Vert.x Config's retriever, as far as the case needs it. */
public interface ConfigRetriever {
  io.vertx.core.Future<io.vertx.core.json.JsonObject> getConfig();
}
