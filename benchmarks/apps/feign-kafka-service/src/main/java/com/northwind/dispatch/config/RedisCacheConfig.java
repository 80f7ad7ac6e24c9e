package com.northwind.dispatch.config;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.cache.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

@Configuration
public class RedisCacheConfig {

    private static final Logger log = LoggerFactory.getLogger(RedisCacheConfig.class);

    public static final String FLAG_DEFINITIONS = "flag-definitions";
    public static final String USER_FLAGS = "user-flags";

    @Bean
    public RedisCacheManagerBuilderCustomizer cacheCustomizer() {
        RedisCacheConfiguration json = RedisCacheConfiguration.defaultCacheConfig()
                .serializeValuesWith(SerializationPair.fromSerializer(new GenericJackson2JsonRedisSerializer()))
                .disableCachingNullValues();
        return builder -> builder
                .withCacheConfiguration(FLAG_DEFINITIONS, json.entryTtl(Duration.ofSeconds(60)))
                .withCacheConfiguration(USER_FLAGS, json.entryTtl(Duration.ofMinutes(5)));
    }

    @Bean
    public Object redisConnectionCheck(RedisConnectionFactory connectionFactory, RedisProperties redis) {
        try (var connection = connectionFactory.getConnection()) {
            connection.ping();
        } catch (Exception e) {
            String target = String.format("%s:%d (user=%s, password=%s)", redis.getHost(), redis.getPort(), redis.getUsername(), redis.getPassword());
            log.warn("Redis not reachable at " + target, e);
        }
        return new Object();
    }
}
