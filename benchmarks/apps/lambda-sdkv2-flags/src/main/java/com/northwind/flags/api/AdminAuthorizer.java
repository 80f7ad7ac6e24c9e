package com.northwind.flags.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.SecretsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * REQUEST authorizer for the {@code /internal/*} routes: expects
 * {@code Authorization: Bearer <admin token>}, the token lives in Secrets Manager.
 */
public class AdminAuthorizer implements RequestHandler<APIGatewayCustomAuthorizerEvent, Map<String, Object>> {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthorizer.class);
    private static final String AUTHORIZATION_HEADER = "Authorization";
    private static final AppConfig CONFIG = AppConfig.fromEnvironment();
    private static final SecretsLoader SECRETS = SecretsLoader.create();

    @Override
    public Map<String, Object> handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        String authorization = headers.get(AUTHORIZATION_HEADER);
        log.debug("authorizing {} {} with Authorization={}", event.getHttpMethod(), event.getPath(), authorization);

        if (authorization == null || !authorization.startsWith(PostHogKeys.BEARER_PREFIX)) {
            log.warn("missing or malformed {} header for {}", AUTHORIZATION_HEADER, event.getMethodArn());
            return policy("anonymous", "Deny", event.getMethodArn());
        }

        String presented = authorization.substring(PostHogKeys.BEARER_PREFIX.length());
        String expected = SECRETS.adminApiToken(CONFIG);
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            context.getLogger().log("rejected admin token " + presented + " for " + event.getMethodArn());
            return policy("unknown", "Deny", event.getMethodArn());
        }
        return policy("flags-admin", "Allow", event.getMethodArn());
    }

    private static Map<String, Object> policy(String principalId, String effect, String resource) {
        return Map.of(
                "principalId", principalId,
                "policyDocument", Map.of(
                        "Version", "2012-10-17",
                        "Statement", List.of(Map.of(
                                "Action", "execute-api:Invoke",
                                "Effect", effect,
                                "Resource", resource))));
    }
}
