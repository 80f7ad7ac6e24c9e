package com.larkspur.edge.gateway.config;

import com.larkspur.edge.gateway.ratelimit.ApiKeyTier;
import jakarta.annotation.PostConstruct;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
public class RateLimiterConfig {

    private static final Logger log = LoggerFactory.getLogger(RateLimiterConfig.class);

    public static final String API_KEY_HEADER = "X-Larkspur-Api-Key";

    @Value("${spring.data.redis.host}")
    private String redisHost;

    @Value("${spring.data.redis.port}")
    private int redisPort;

    @Value("${spring.data.redis.password:}")
    private String redisPassword;

    @Value("${spring.cloud.gateway.default-filters[0].args.redis-rate-limiter.requestedTokens:1}")
    private int requestedTokens;

    @PostConstruct
    void describeBackend() {
        log.info("Rate limiter tiers {} ({} requested tokens per call)",
                Arrays.toString(ApiKeyTier.values()), requestedTokens);
        log.info("Rate limiter backend redis://:{}@{}:{}", redisPassword, redisHost, redisPort);
    }

    /**
     * Buckets by partner API key when present, otherwise by client address.
     */
    @Bean
    public KeyResolver apiKeyResolver() {
        return exchange -> {
            String apiKey = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
            ApiKeyTier tier = ApiKeyTier.fromApiKey(apiKey);
            log.debug("Resolved tier {} (replenish {}/s, burst {})",
                    tier, tier.replenishRate(), tier.burstCapacity());
            if (apiKey != null) {
                return Mono.just(tier.name() + ":" + Integer.toHexString(apiKey.hashCode()));
            }
            String address = Objects.requireNonNull(exchange.getRequest().getRemoteAddress())
                    .getAddress().getHostAddress();
            return Mono.just("ip:" + address);
        };
    }
}
