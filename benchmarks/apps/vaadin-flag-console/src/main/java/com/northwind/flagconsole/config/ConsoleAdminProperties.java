package com.northwind.flagconsole.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "console.admin")
public record ConsoleAdminProperties(String username, String password, String role) {
}
