package com.tallowmere.cohortexport.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "export")
public record ExportProperties(
        int chunkSize,
        Kafka kafka,
        Warehouse warehouse,
        Flags flags) {

    public record Kafka(String bootstrapServers, Sasl sasl, Topics topics) {
    }

    public record Sasl(String username, String password) {
    }

    public record Topics(String cohortRequests, String cohortCompleted) {
    }

    public record Warehouse(String url, String username, String password) {
    }

    public record Flags(Duration syncInterval) {
    }
}
