package com.northwind.shop.billing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "billing.gateway")
public record PaymentGatewayProperties(URI baseUrl,
                                       String merchantId,
                                       String apiKey,
                                       String webhookSecret,
                                       @DefaultValue("5s") Duration timeout) {
}
