package com.northwind.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Connection settings for the internal billing API.
 *
 * @param baseUrl      billing service URL inside the cluster
 * @param serviceToken service-to-service bearer token issued by the platform team
 * @param timeout      read timeout for billing calls
 */
@ConfigurationProperties(prefix = "billing")
public record BillingClientProperties(String baseUrl, String serviceToken, Duration timeout) {
}
