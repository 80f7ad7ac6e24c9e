package com.quillfern.flagdesk.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "flagdesk.db")
public record DatabaseProperties(
        String host,
        @DefaultValue("5432") int port,
        String database,
        String username,
        String password,
        @DefaultValue("10") int poolMaxSize) {
}
