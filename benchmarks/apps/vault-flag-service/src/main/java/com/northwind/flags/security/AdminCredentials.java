package com.northwind.flags.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "flags.admin")
public record AdminCredentials(String username, String password) {

    public boolean isComplete() {
        return username != null && password != null && !password.isBlank();
    }
}
