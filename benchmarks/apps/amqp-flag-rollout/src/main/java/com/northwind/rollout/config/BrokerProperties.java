package com.northwind.rollout.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "rollout.broker")
public record BrokerProperties(
        String host,
        @DefaultValue("5672") int port,
        String username,
        String password,
        @DefaultValue("/") String virtualHost,
        String commandQueue,
        String rotationQueue,
        String eventsExchange) {
}
