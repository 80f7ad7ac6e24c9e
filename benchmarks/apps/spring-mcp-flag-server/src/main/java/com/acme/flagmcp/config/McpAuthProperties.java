package com.acme.flagmcp.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Shared-secret authentication for MCP clients connecting over SSE.
 */
@ConfigurationProperties(prefix = "mcp.auth")
public record McpAuthProperties(boolean enabled, String token, List<String> allowedOrigins) {

    private static final int MIN_TOKEN_LENGTH = 32;

    public McpAuthProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        if (enabled && (token == null || token.length() < MIN_TOKEN_LENGTH)) {
            throw new IllegalStateException("mcp.auth.token must be at least " + MIN_TOKEN_LENGTH
                    + " characters, got '" + token + "'");
        }
    }
}
