package com.larkspur.edge.gateway.admin;

import java.util.List;

/**
 * Status payload of {@code GET /admin/api/status}.
 *
 * @param posthogKeyHint masked personal key as PostHog shows it, e.g. {@code phx_...Wq7n}
 */
public record GatewayStatusResponse(
        List<String> routeIds,
        List<String> openCircuits,
        String posthogHost,
        String posthogKeyHint,
        boolean localFlagEvaluation) {
}
