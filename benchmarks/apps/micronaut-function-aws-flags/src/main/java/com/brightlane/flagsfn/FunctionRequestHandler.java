package com.brightlane.flagsfn;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.brightlane.flagsfn.auth.CallerAuthenticator;
import com.brightlane.flagsfn.config.PostHogSettings;
import com.brightlane.flagsfn.flags.BootstrapPayload;
import com.brightlane.flagsfn.flags.FlagEvaluationService;
import com.brightlane.flagsfn.flags.TargetingRuleParser;
import com.brightlane.flagsfn.web.ApiResponses;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway (REST, proxy integration) entry point:
 * <ul>
 *   <li>{@code GET /flags?distinct_id=..&flags=a,b[&overrides=a:true]}</li>
 *   <li>{@code GET /flags/bootstrap?distinct_id=..&flags=a,b} for posthog-js bootstrap</li>
 *   <li>{@code GET /flags/preview?distinct_id=..&flags=a} evaluates against staging</li>
 *   <li>{@code GET /flags/client-config} for posthog-js init</li>
 * </ul>
 */
public class FunctionRequestHandler
        extends MicronautRequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionRequestHandler.class);
    private static final String SESSION_HEADER = "X-Session-Token";

    @Inject
    FlagEvaluationService flags;

    @Inject
    CallerAuthenticator authenticator;

    @Inject
    TargetingRuleParser overridesParser;

    @Inject
    PostHogSettings settings;

    @Inject
    JsonMapper jsonMapper;

    @Override
    public APIGatewayProxyResponseEvent execute(APIGatewayProxyRequestEvent input) {
        String path = input.getPath() == null ? "" : input.getPath();
        if (path.endsWith("/client-config")) {
            return ApiResponses.json(200, write(Map.of(
                    "apiKey", settings.getProjectApiKey(),
                    "apiHost", settings.getHost())));
        }
        if (authenticator.authenticate(input).isEmpty()) {
            return ApiResponses.status(401, "unauthorized");
        }

        Map<String, String> query = input.getQueryStringParameters() == null
                ? Map.of() : input.getQueryStringParameters();
        String distinctId = query.get("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            return ApiResponses.status(400, "distinct_id is required");
        }
        List<String> flagKeys = Arrays.asList(query.getOrDefault("flags", "").split(","));

        if (path.endsWith("/preview")) {
            boolean enabled = flags.previewOnStaging(distinctId, flagKeys.get(0));
            return ApiResponses.json(200, write(Map.of(flagKeys.get(0), enabled)));
        }

        Map<String, String> overrides = Map.of();
        String rawOverrides = query.get("overrides");
        if (rawOverrides != null) {
            try {
                List<TargetingRuleParser.Token> tokens = overridesParser.tokenize(rawOverrides);
                int tokenCount = tokens.size();
                LOG.debug("Parsed {} override tokens for {}", tokenCount, distinctId);
                overrides = overridesParser.toOverrides(tokens);
            } catch (IllegalArgumentException e) {
                return ApiResponses.status(400, "invalid overrides: " + e.getMessage());
            }
        }

        String sessionToken = input.getHeaders() == null ? null : input.getHeaders().get(SESSION_HEADER);
        Map<String, Object> evaluated = flags.evaluate(distinctId, flagKeys, overrides, sessionToken);

        if (path.endsWith("/bootstrap")) {
            BootstrapPayload payload = flags.bootstrap(distinctId, evaluated);
            return ApiResponses.json(200, write(payload));
        }
        return ApiResponses.json(200, write(evaluated));
    }

    private String write(Object body) {
        try {
            return jsonMapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
