package com.northwind.flagconsole.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Audit database used to keep a history of flag changes made from the console. */
@ConfigurationProperties(prefix = "console.db")
public record DatabaseProperties(String url, String username, String password, int maxPoolSize) {
}
