package com.northwind.flagstream.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "flagstream.redis")
public record RedisSettings(
        @DefaultValue("localhost") String host,
        @DefaultValue("6379") int port,
        String password,
        @DefaultValue("false") boolean tls) {
}
