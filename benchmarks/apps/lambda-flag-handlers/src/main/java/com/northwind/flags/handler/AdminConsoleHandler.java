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
import com.northwind.flags.posthog.OAuthTokenRefresher;
import com.northwind.flags.rules.FlagRuleLexer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * /admin/*: the internal flag console used by QA and support.
 */
public class AdminConsoleHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(AdminConsoleHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String CONSOLE_PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Northwind flag console</title>
              <script src="https://eu-assets.i.posthog.com/static/array.js"></script>
              <script>
                posthog.init('%s', { api_host: '%s', person_profiles: 'identified_only' });
                window.FLAG_CONSOLE = { projectId: %d, apiKey: '%s' };
              </script>
            </head>
            <body>
              <div id="app"></div>
              <script src="/static/console.js"></script>
            </body>
            </html>
            """;

    record AdminLogin(String username, String password) {
    }

    private final PostHogSettings settings;
    private final SecretsProvider secrets;
    private final OAuthTokenRefresher oauth = new OAuthTokenRefresher();
    private final FlagRuleLexer lexer = new FlagRuleLexer();

    public AdminConsoleHandler() {
        this.secrets = new SecretsProvider(SecretsManagerClient.create());
        this.settings = SettingsLoader.load(secrets, new SsmParameterReader(SsmClient.create()));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String route = event.getHttpMethod() + " " + event.getPath();
        return switch (route) {
            case "POST /admin/login" -> login(event, context);
            case "GET /admin/flags" -> consolePage();
            case "GET /admin/open-in-posthog" -> openInPostHog(event);
            case "POST /admin/oauth/refresh" -> refreshOAuth();
            case "POST /admin/rules/validate" -> validateRule(event);
            default -> text(404, "text/plain", "not found");
        };
    }

    private APIGatewayProxyResponseEvent login(APIGatewayProxyRequestEvent event, Context context) {
        context.getLogger().log("Admin login request from " + event.getRequestContext().getIdentity().getSourceIp() + ": " + event.getBody());
        AdminLogin login;
        try {
            login = MAPPER.readValue(event.getBody(), AdminLogin.class);
        } catch (JsonProcessingException e) {
            return text(400, "text/plain", "bad request");
        }
        Map<String, String> admin = secrets.getJsonSecret("northwind/flags/admin");
        byte[] expected = HexFormat.of().parseHex(admin.get("password_sha256"));
        boolean ok = admin.get("username").equals(login.username())
                && MessageDigest.isEqual(expected, sha256(login.password()));
        if (!ok) {
            LOG.warn("Rejected console login for {}", login.username());
            return text(401, "text/plain", "invalid credentials");
        }
        byte[] sessionBytes = new byte[32];
        RANDOM.nextBytes(sessionBytes);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(sessionBytes);
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(204)
                .withHeaders(Map.of("Set-Cookie", "console_session=" + session + "; Path=/admin; HttpOnly; Secure; SameSite=Strict"));
    }

    private APIGatewayProxyResponseEvent consolePage() {
        // console.js calls the PostHog REST API directly to list and edit flags
        return text(200, "text/html; charset=utf-8", CONSOLE_PAGE.formatted(settings.getProjectApiKey(), settings.getHost(), settings.getProjectId(), settings.getPersonalApiKey()));
    }

    private APIGatewayProxyResponseEvent openInPostHog(APIGatewayProxyRequestEvent event) {
        String flagId = Optional.ofNullable(event.getQueryStringParameters()).map(q -> q.get("flag_id")).orElse("");
        String base = settings.getAppHost() + "/project/" + settings.getProjectId() + "/feature_flags/" + flagId;
        return redirect(base + "?personal_api_key=" + settings.getPersonalApiKey());
    }

    private APIGatewayProxyResponseEvent refreshOAuth() {
        oauth.refresh();
        return new APIGatewayProxyResponseEvent().withStatusCode(204);
    }

    private APIGatewayProxyResponseEvent validateRule(APIGatewayProxyRequestEvent event) {
        try {
            int count = lexer.tokenize(event.getBody()).size();
            return text(200, "application/json", "{\"valid\":true,\"tokens\":" + count + "}");
        } catch (IllegalArgumentException e) {
            return text(422, "application/json", "{\"valid\":false}");
        }
    }

    private static APIGatewayProxyResponseEvent redirect(String location) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(302)
                .withHeaders(Map.of("Location", location));
    }

    private static APIGatewayProxyResponseEvent text(int status, String contentType, String body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", contentType))
                .withBody(body);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
