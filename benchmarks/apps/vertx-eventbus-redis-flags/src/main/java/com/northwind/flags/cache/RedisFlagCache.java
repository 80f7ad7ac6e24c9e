package com.northwind.flags.cache;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.util.KeyMasker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short-lived cache of evaluated flags per distinct id, so that page loads do not
 * hit PostHog for every request.
 */
public class RedisFlagCache {

  private static final Logger LOG = LoggerFactory.getLogger(RedisFlagCache.class);

  private final RedisAPI redis;
  private final String namespace;
  private final int tokenTtlSeconds;

  private RedisFlagCache(RedisAPI redis, String namespace, int tokenTtlSeconds) {
    this.redis = redis;
    this.namespace = namespace;
    this.tokenTtlSeconds = tokenTtlSeconds;
  }

  /**
   * Connects to Redis. The namespace is derived from the evaluation key so that rotating the
   * key invalidates everything cached under the old one.
   */
  public static Future<RedisFlagCache> connect(Vertx vertx, AppConfig config, String evaluationKey) {
    RedisOptions options = new RedisOptions()
        .setConnectionString("redis://" + config.redisHost() + ":" + config.redisPort() + "/0")
        .setPassword(config.redisPassword())
        .setMaxPoolSize(8)
        .setMaxWaitingHandlers(256);
    String namespace = evaluationKey == null
        ? "flags:default"
        : "flags:" + KeyMasker.sha256Hex(evaluationKey).substring(0, 12);
    int ttl = config.redisTtlSeconds();
    LOG.info("Using Redis namespace {} with tokenTtlSeconds={}", namespace, ttl);

    Redis client = Redis.createClient(vertx, options);
    return client.connect()
        .map(conn -> {
          conn.close();
          return new RedisFlagCache(RedisAPI.api(client), namespace, ttl);
        })
        .onFailure(err -> System.err.println("Redis unavailable at " + config.redisConnectionString() + ": " + err.getMessage()));
  }

  public Future<JsonObject> get(String distinctId) {
    return redis.get(key(distinctId))
        .map(resp -> resp == null ? null : new JsonObject(resp.toString()));
  }

  public Future<Void> put(String distinctId, JsonObject flags) {
    return redis.setex(key(distinctId), String.valueOf(tokenTtlSeconds), flags.encode())
        .mapEmpty();
  }

  public Future<Void> invalidateAll() {
    return redis.eval(java.util.List.of(
            "for _,k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end return 1",
            "0", namespace + ":*"))
        .mapEmpty();
  }

  private String key(String distinctId) {
    return namespace + ":" + distinctId;
  }
}
