package com.northwind.flagassistant.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "openai")
public record OpenAiProperties(
        String apiKey,
        String modelName,
        Double temperature,
        Integer memoryWindow) {
}
