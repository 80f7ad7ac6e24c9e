package com.northwind.relay.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalyticsConfigResponse(
        String projectApiKey,
        String host,
        String projectId,
        String queryApiKey,
        List<String> activeFlags) {
}
