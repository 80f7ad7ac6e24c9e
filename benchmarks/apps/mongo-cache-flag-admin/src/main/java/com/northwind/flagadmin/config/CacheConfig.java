package com.northwind.flagadmin.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Slf4j
@Configuration
@EnableCaching
public class CacheConfig {

    public static final String FLAG_DEFINITIONS = "flagDefinitions";
    public static final String FLAG_DECISIONS = "flagDecisions";

    @Value("${flagadmin.cache.flag-ttl-seconds:60}")
    private long flagTtlSeconds;

    @Value("${flagadmin.cache.api-key-ttl-seconds:300}")
    private long apiKeyTtlSeconds;

    @Value("${flagadmin.cache.max-entries:5000}")
    private int maxEntries;

    @Bean
    public CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager(FLAG_DEFINITIONS, FLAG_DECISIONS);
        manager.setCaffeine(Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(flagTtlSeconds))
                .maximumSize(maxEntries)
                .recordStats());
        manager.setAllowNullValues(false);
        log.info("Caffeine caches ready: flagTtl={}s apiKeyTtl={}s maxEntries={}",
                flagTtlSeconds, apiKeyTtlSeconds, maxEntries);
        return manager;
    }
}
