package com.northwind.flagsync.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the digest mail sent after every flag sync run.
 */
@ConfigurationProperties(prefix = "flagsync.digest")
public record DigestProperties(
        @DefaultValue("true") boolean enabled,
        String from,
        List<String> recipients,
        @DefaultValue("[flag-sync]") String subjectPrefix,
        String dashboardUrl,
        String linkSigningSecret) {
}
