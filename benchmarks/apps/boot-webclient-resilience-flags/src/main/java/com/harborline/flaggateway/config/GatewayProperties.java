package com.harborline.flaggateway.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Data
@ConfigurationProperties(prefix = "gateway")
public class GatewayProperties {

    /** Keys issued to internal services calling /api/v1/internal/**. */
    private List<String> internalApiKeys = new ArrayList<>();

    private Duration cacheTtl = Duration.ofSeconds(60);

    private String redisKeyPrefix = "flaggw:";

    /** flag key -> targeting rule that forces the flag on, evaluated before PostHog. */
    private Map<String, String> overrides = new LinkedHashMap<>();
}
