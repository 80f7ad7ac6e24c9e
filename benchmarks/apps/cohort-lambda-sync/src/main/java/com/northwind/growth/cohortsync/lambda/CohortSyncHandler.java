package com.northwind.growth.cohortsync.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.northwind.growth.cohortsync.cohort.CohortSyncException;
import com.northwind.growth.cohortsync.cohort.CohortSyncService;
import com.northwind.growth.cohortsync.config.PostHogCredentials;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.crac.Core;
import org.crac.Resource;

/**
 * {@code POST /sync} (called by the EventBridge scheduler through API Gateway with a usage-plan
 * key, or manually from the admin UI) and {@code GET /status}.
 */
public class CohortSyncHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>, Resource {

    private static final Logger LOG = LogManager.getLogger(CohortSyncHandler.class);

    private final LambdaComponents components;
    private volatile CohortSyncService.Report lastReport;
    private volatile Instant restoredAt;

    public CohortSyncHandler() {
        this.components = LambdaComponents.get();
        Core.getGlobalContext().register(this);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        ThreadContext.put("awsRequestId", context.getAwsRequestId());
        APIGatewayProxyRequestEvent.ProxyRequestContext requestContext = event.getRequestContext();
        if (requestContext != null && requestContext.getIdentity() != null) {
            APIGatewayProxyRequestEvent.RequestIdentity identity = requestContext.getIdentity();
            ThreadContext.put("apiKeyId", identity.getApiKeyId());
            ThreadContext.put("apiKey", identity.getApiKey());
            ThreadContext.put("sourceIp", identity.getSourceIp());
        }
        try {
            String route = event.getHttpMethod() + " " + event.getResource();
            return switch (route) {
                case "POST /sync" -> sync(event, context);
                case "GET /status" -> status();
                default -> ApiResponses.error(404, "No route for " + route);
            };
        } finally {
            ThreadContext.clearMap();
        }
    }

    private APIGatewayProxyResponseEvent sync(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> query = event.getQueryStringParameters();
        boolean dryRun = query != null && Boolean.parseBoolean(query.get("dryRun"));
        try {
            CohortSyncService.Report report = components.service().run(context.getAwsRequestId(), dryRun);
            if (!dryRun) {
                lastReport = report;
            }
            components.telemetry().flush();
            return ApiResponses.ok().withBody(components.gson().toJson(report));
        } catch (CohortSyncException e) {
            LOG.error("Sync {} failed", context.getAwsRequestId(), e);
            return ApiResponses.error(502, e.getMessage());
        }
    }

    private APIGatewayProxyResponseEvent status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("lastRun", lastReport);
        status.put("restoredAt", restoredAt);
        status.put("settings", components.settings());
        return ApiResponses.ok().withBody(components.gson().toJson(status));
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        components.telemetry().flush();
        LOG.info("Preparing SnapStart checkpoint");
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        restoredAt = Instant.now();
        PostHogCredentials credentials = components.refreshCredentials();
        LOG.info("Restored from snapshot at {}; credentials in use: {}", restoredAt, credentials);
    }
}
