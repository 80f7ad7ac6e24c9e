package com.harborline.flaggateway.config;

import java.time.Duration;

import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.cache.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;

@Slf4j
@Configuration
@EnableCaching
public class CacheConfig {

    public static final String FLAGS_CACHE = "flag-decisions";
    public static final String DEFINITIONS_CACHE = "flag-definitions";

    @Bean
    public RedisCacheManagerBuilderCustomizer flagCacheCustomizer(GatewayProperties gateway) {
        RedisCacheConfiguration base = RedisCacheConfiguration.defaultCacheConfig()
                .prefixCacheNameWith(gateway.getRedisKeyPrefix())
                .disableCachingNullValues()
                .serializeValuesWith(RedisSerializationContext.SerializationPair
                        .fromSerializer(new GenericJackson2JsonRedisSerializer()));
        return builder -> builder
                .withCacheConfiguration(FLAGS_CACHE, base.entryTtl(gateway.getCacheTtl()))
                .withCacheConfiguration(DEFINITIONS_CACHE, base.entryTtl(Duration.ofMinutes(5)));
    }

    @Bean
    public ApplicationRunner redisConnectionReport(RedisProperties redis) {
        return args -> log.info("Flag cache backed by redis://{}:{} (user={}, password={})", redis.getHost(), redis.getPort(), redis.getUsername(), redis.getPassword());
    }
}
