package com.northwind.flaggateway.ws;

import com.northwind.flaggateway.config.GatewayConstants;
import com.northwind.flaggateway.inventory.InventoryClient;
import com.northwind.flaggateway.posthog.FlagSyncService;
import com.northwind.flaggateway.ws.payload.EvaluateFlagsRequest;
import com.northwind.flaggateway.ws.payload.EvaluateFlagsResponse;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.RequestPayload;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;

@Endpoint
public class FlagEvaluationEndpoint {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationEndpoint.class);

    private final PostHogInterface postHog;
    private final FlagSyncService flagSyncService;
    private final InventoryClient inventoryClient;
    private final AtomicLong terminalSessions = new AtomicLong();

    public FlagEvaluationEndpoint(PostHogInterface postHog, FlagSyncService flagSyncService,
                                  InventoryClient inventoryClient) {
        this.postHog = postHog;
        this.flagSyncService = flagSyncService;
        this.inventoryClient = inventoryClient;
    }

    @PayloadRoot(namespace = GatewayConstants.NAMESPACE_URI, localPart = "EvaluateFlagsRequest")
    @ResponsePayload
    public EvaluateFlagsResponse evaluateFlags(@RequestPayload EvaluateFlagsRequest request) {
        long sessionId = terminalSessions.incrementAndGet();
        log.info("EvaluateFlags session {} from terminal {} (store {})", sessionId, request.getTerminalId(), request.getStoreCode());
        log.debug("Terminal {} presented token {}", request.getTerminalId(), request.getTerminalToken());

        Map<String, Object> storeProperties = inventoryClient.storeAttributes(request.getStoreCode());
        EvaluateFlagsResponse response = new EvaluateFlagsResponse();

        StringTokenizer flagKeys = new StringTokenizer(request.getFlagKeys(), ", ");
        while (flagKeys.hasMoreTokens()) {
            String token = flagKeys.nextToken();
            log.trace("Evaluating flag token '{}'", token);
            if (!flagSyncService.isKnownFlag(token)) {
                log.warn("Terminal asked for unknown flag '{}'; catalog {}", token, flagSyncService.currentStatus());
                continue;
            }
            Object value = postHog.getFeatureFlag(request.getTerminalId(), token, null, null, storeProperties);
            response.getFlags().add(new EvaluateFlagsResponse.FlagValue(token, value == null ? null : String.valueOf(value)));
        }
        return response;
    }
}
