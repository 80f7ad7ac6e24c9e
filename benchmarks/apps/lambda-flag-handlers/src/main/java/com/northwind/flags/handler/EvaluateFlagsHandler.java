package com.northwind.flags.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.aws.SecretsProvider;
import com.northwind.flags.aws.SsmParameterReader;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.SettingsLoader;
import com.northwind.flags.exception.FlagServiceException;
import com.northwind.flags.model.CallerContext;
import com.northwind.flags.model.FlagEvaluationRequest;
import com.northwind.flags.persistence.FlagOverrideRepository;
import com.northwind.flags.posthog.AuditEventPublisher;
import com.northwind.flags.posthog.LocalEvaluationWarmup;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.lambda.powertools.logging.CorrelationIdPathConstants;
import software.amazon.lambda.powertools.logging.Logging;
import software.amazon.lambda.powertools.logging.LoggingUtils;

/**
 * POST /flags/evaluate: evaluates the requested flags for a user, optionally saving an override.
 */
public class EvaluateFlagsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(EvaluateFlagsHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PostHogSettings settings;
    private final PostHogInterface posthog;
    private final FlagOverrideRepository overrides;
    private final AuditEventPublisher audit;

    public EvaluateFlagsHandler() {
        SecretsProvider secrets = new SecretsProvider(SecretsManagerClient.create());
        SsmParameterReader ssm = new SsmParameterReader(SsmClient.create());
        this.settings = SettingsLoader.load(secrets, ssm);
        new LocalEvaluationWarmup(settings).warm();
        this.posthog = PostHogClientFactory.flagsClient(settings);
        this.overrides = new FlagOverrideRepository(DynamoDbClient.create(), System.getenv("OVERRIDES_TABLE"));
        this.audit = new AuditEventPublisher(settings);
    }

    @Override
    @Logging(logEvent = true, correlationIdPath = CorrelationIdPathConstants.API_GATEWAY_REST)
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        CallerContext caller = CallerContext.from(event);
        LoggingUtils.appendKey("distinct_id", caller.distinctId());
        LoggingUtils.appendKey("session_token", caller.sessionToken());
        if (!caller.authenticated()) {
            return error(401, "missing bearer token");
        }
        try {
            FlagEvaluationRequest request = MAPPER.readValue(event.getBody(), FlagEvaluationRequest.class);
            Map<String, Object> flags = new LinkedHashMap<>();
            for (String flagKey : request.flagKeys()) {
                flags.put(flagKey, posthog.getFeatureFlag(request.distinctId(), flagKey));
            }
            if (request.overrideFlag() != null) {
                overrides.save(caller, request.overrideFlag(), request.overrideValue());
                audit.flagOverridden(request.distinctId(), request.overrideFlag(), request.overrideValue());
            }

            Map<String, String> headers = new HashMap<>();
            headers.put("Content-Type", "application/json");
            // the CloudFront edge function re-evaluates flags from this cookie without calling us again
            headers.put("Set-Cookie", "ph_flags_key=" + settings.getFlagsSecureKey() + "; Path=/; Secure; SameSite=Lax; Max-Age=3600");
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(headers)
                    .withBody(MAPPER.writeValueAsString(Map.of("flags", flags)));
        } catch (JsonProcessingException e) {
            LOG.warn("Rejected malformed flag request: {}", e.getOriginalMessage());
            return error(400, "malformed request body");
        } catch (FlagServiceException e) {
            LOG.error("Flag evaluation failed", e);
            return error(e.getStatusCode(), "flag service unavailable");
        }
    }

    private static APIGatewayProxyResponseEvent error(int status, String message) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"error\":\"" + message + "\"}");
    }
}
