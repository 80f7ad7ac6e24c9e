package com.acme.flagadmin.web;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.model.OAuthTokens;
import com.acme.flagadmin.util.KeyMasker;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * "Connect your PostHog account" flow for operators.
 */
@Controller("/oauth/posthog")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OAuthCallbackController {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthCallbackController.class);

    private final PostHogAdminClient client;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    public OAuthCallbackController(PostHogAdminClient client,
                                   @Value("${posthog.oauth.client-id}") String clientId,
                                   @Value("${posthog.oauth.client-secret}") String clientSecret,
                                   @Value("${posthog.oauth.redirect-uri}") String redirectUri) {
        this.client = client;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    @Get("/start")
    public HttpResponse<?> start(Session session) {
        String state = UUID.randomUUID().toString();
        session.put("oauth_state", state);
        URI authorize = UriBuilder.of("https://us.posthog.com/oauth/authorize/")
                .queryParam("client_id", clientId)
                .queryParam("redirect_uri", redirectUri)
                .queryParam("response_type", "code")
                .queryParam("scope", "feature_flag:read feature_flag:write")
                .queryParam("state", state)
                .build();
        return HttpResponse.redirect(authorize);
    }

    @Get("/callback")
    public HttpResponse<?> callback(@QueryValue String code, @QueryValue String state, Session session) {
        String expected = session.get("oauth_state", String.class).orElse(null);
        if (expected == null || !expected.equals(state)) {
            return HttpResponse.badRequest(Map.of("error", "state mismatch"));
        }
        OAuthTokens tokens = client.exchangeCode(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "client_id", clientId,
                "client_secret", clientSecret,
                "redirect_uri", redirectUri));
        LOG.debug("PostHog OAuth exchange ok: access={} refresh={}", tokens.accessToken(), tokens.refreshToken());
        LOG.info("Stored refresh token fingerprint {}", KeyMasker.sha256Hex(tokens.refreshToken()));
        LOG.info("Access token expires in {}s", tokens.expiresIn());
        session.put("posthog_refresh", tokens.refreshToken());
        return HttpResponse.redirect(URI.create("/ui/#/connected?access_token=" + tokens.accessToken()));
    }
}
