package com.northwind.flags.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.aws.SecretsProvider;
import com.northwind.flags.aws.SsmParameterReader;
import com.northwind.flags.config.KeyConstants;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.SettingsLoader;
import com.northwind.flags.model.ClientBootstrap;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.lambda.powertools.logging.Logging;

/**
 * GET /mobile/bootstrap?distinct_id=...: called by the iOS and Android apps at launch.
 */
public class MobileBootstrapHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(MobileBootstrapHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PostHogSettings settings;
    private final PostHogInterface posthog;

    public MobileBootstrapHandler() {
        this.settings = SettingsLoader.load(
                new SecretsProvider(SecretsManagerClient.create()),
                new SsmParameterReader(SsmClient.create()));
        this.posthog = PostHogClientFactory.flagsClient(settings);
    }

    @Override
    @Logging
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String clientKey = Optional.ofNullable(event.getHeaders()).map(h -> h.get(KeyConstants.POSTHOG_KEY_HEADER)).orElse(null);
        LOG.debug("Bootstrap requested, {} header sent: {}", KeyConstants.POSTHOG_KEY_HEADER, clientKey != null);

        String distinctId = Optional.ofNullable(event.getQueryStringParameters())
                .map(q -> q.get("distinct_id"))
                .orElse(null);
        if (distinctId == null) {
            // logged-out users only get the public project token; the SDK fetches flags itself
            return json(200, new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(), null, null));
        }

        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flagKey : settings.getBootstrapFlags()) {
            flags.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey));
        }
        // offline-sync needs to evaluate flags locally on the device between syncs
        return json(200, new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(), settings.getFlagsSecureKey(), flags));
    }

    private static APIGatewayProxyResponseEvent json(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"))
                    .withBody(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise bootstrap payload", e);
        }
    }
}
