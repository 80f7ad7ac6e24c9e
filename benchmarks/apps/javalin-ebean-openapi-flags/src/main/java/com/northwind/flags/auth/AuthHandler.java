package com.northwind.flags.auth;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.model.ApiClient;
import com.northwind.flags.model.ApiClient.ApiKeyScope;
import io.ebean.Database;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Before-handler guarding /api/* with bearer JWTs, plus the client-credentials token endpoint.
 */
public class AuthHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
    private static final String BEARER = "Bearer ";
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/token", "/api/bootstrap");

    private final JwtService jwtService;
    private final Database database;

    public AuthHandler(JwtService jwtService, Database database) {
        this.jwtService = jwtService;
        this.database = database;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS || PUBLIC_PATHS.contains(ctx.path())) {
            return;
        }
        String authorization = ctx.header(Header.AUTHORIZATION);
        log.debug("Authorization header present={} on {}", authorization != null, ctx.path());
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new UnauthorizedResponse("Missing bearer token");
        }
        try {
            DecodedJWT jwt = jwtService.verify(authorization.substring(BEARER.length()));
            ctx.attribute("clientId", jwt.getSubject());
            ctx.attribute("scope", jwt.getClaim("scope").asString());
            log.trace("Token of {} valid until {}", jwt.getSubject(), jwt.getExpiresAt());
        } catch (JWTVerificationException e) {
            log.warn("Rejected credentials on {}: {}", ctx.path(), authorization);
            throw new UnauthorizedResponse("Invalid or expired token");
        }
    }

    @OpenApi(
            path = "/api/token",
            methods = HttpMethod.POST,
            summary = "Exchange client credentials for an access token",
            tags = {"auth"},
            headers = @OpenApiParam(name = PostHogKeys.API_KEY_HEADER, required = true),
            requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = TokenRequest.class)),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = TokenResponse.class)),
                    @OpenApiResponse(status = "401")
            })
    public void issueToken(Context ctx) {
        String clientId = ctx.header(PostHogKeys.API_KEY_HEADER);
        TokenRequest request = ctx.bodyAsClass(TokenRequest.class);
        ApiClient client = database.find(ApiClient.class)
                .where()
                .eq("clientId", clientId)
                .eq("active", true)
                .findOne();
        if (client == null || !client.matchesSecret(request.clientSecret())) {
            log.warn("Token request refused for {} (missing or bad {} / secret fingerprint {})",
                    clientId, PostHogKeys.API_KEY_HEADER, ApiClient.sha256Hex(String.valueOf(request.clientSecret())));
            throw new UnauthorizedResponse();
        }
        log.info("Issuing access token to {}", client);
        ApiKeyScope apiKeyScope = client.getScope();
        log.info("Granted scope {} to client {}", apiKeyScope, clientId);
        String accessToken = jwtService.issue(client.getClientId(), apiKeyScope);
        ctx.json(new TokenResponse(accessToken, "Bearer", jwtService.ttlSeconds()));
    }

    public record TokenRequest(String clientSecret) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
