package io.northwind.cohorts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.cohorts.posthog.PostHogOAuthClient;
import io.northwind.cohorts.posthog.PostHogOAuthTokens;
import io.northwind.cohorts.posthog.PostHogOAuthTokens.TokenKind;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Sign in with PostHog" callback of the cohort console. */
public final class OAuthRoutes extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(OAuthRoutes.class);

    private final PostHogOAuthClient oauthClient;
    private final ObjectMapper mapper;
    private final String redirectUri;

    public OAuthRoutes(PostHogOAuthClient oauthClient, ObjectMapper mapper, String redirectUri) {
        this.oauthClient = oauthClient;
        this.mapper = mapper;
        this.redirectUri = redirectUri;
    }

    public Route routes() {
        return path(segment("oauth").slash("posthog").slash("callback"), () -> get(() ->
                parameter("code", code ->
                        onSuccess(oauthClient.exchange(code, redirectUri), tokens -> {
                            TokenKind tokenKind = TokenKind.ACCESS;
                            log.info("Issued {} token for console, expires in {}s", tokenKind, tokens.expiresIn());
                            log.debug("PostHog token exchange answered {}", toJson(tokens));
                            // the console's fetch wrapper sends this as a bearer token straight to PostHog
                            return setCookie(HttpCookie.create("ph_access", tokens.accessToken()).withPath("/").withSecure(true).withMaxAge(tokens.expiresIn()),
                                    () -> redirect(Uri.create("/app/cohorts"), StatusCodes.FOUND));
                        }))));
    }

    private String toJson(PostHogOAuthTokens tokens) {
        try {
            return mapper.writeValueAsString(tokens);
        } catch (JsonProcessingException e) {
            return "<unserialisable " + e.getOriginalMessage() + ">";
        }
    }
}
