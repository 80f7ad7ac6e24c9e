package com.northwind.flagstream.dto;

import java.util.List;

/** First event of every SSE stream: what the browser SDK needs to start evaluating flags. */
public record StreamBootstrap(
        String clientId,
        String projectApiKey,
        String featureFlagsSecureApiKey,
        String host,
        List<String> flagKeys) {
}
