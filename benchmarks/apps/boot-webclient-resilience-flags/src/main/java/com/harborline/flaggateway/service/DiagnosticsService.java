package com.harborline.flaggateway.service;

import java.util.Map;
import java.util.TreeMap;

import com.harborline.flaggateway.config.GatewayProperties;
import com.harborline.flaggateway.config.PostHogProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Builds the payload of the /api/v1/status endpoint (web app banner and the
 * on-call dashboard when flags look wrong).
 */
@Service
@RequiredArgsConstructor
public class DiagnosticsService {

    private final PostHogProperties posthog;
    private final GatewayProperties gateway;
    private final CircuitBreakerRegistry breakers;

    public record DiagnosticsView(
            String host,
            String projectApiKey,
            String personalApiKey,
            boolean localEvaluation,
            Map<String, String> breakerStates,
            int internalClients) {
    }

    public DiagnosticsView snapshot() {
        Map<String, String> states = new TreeMap<>();
        breakers.getAllCircuitBreakers().forEach(cb -> states.put(cb.getName(), cb.getState().name()));
        return new DiagnosticsView(
                posthog.getHost(),
                posthog.getProjectApiKey(),
                posthog.getPersonalApiKey(),
                StringUtils.hasText(posthog.getPersonalApiKey()),
                states,
                gateway.getInternalApiKeys().size());
    }
}
