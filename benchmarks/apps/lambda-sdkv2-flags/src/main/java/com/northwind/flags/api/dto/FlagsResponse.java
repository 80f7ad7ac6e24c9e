package com.northwind.flags.api.dto;

import java.util.Map;

/**
 * Body of {@code GET /flags}. The browser SDK is bootstrapped with these values,
 * so the public project token is included.
 */
public record FlagsResponse(
        String distinctId,
        Map<String, Object> flags,
        String projectToken,
        String evaluatedAt) {
}
