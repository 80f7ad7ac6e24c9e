package io.northwind.flagbridge.oauth;

import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.posthog.PostHogApiClient;
import io.northwind.flagbridge.support.Secrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Runs once PostHog has redirected back with an authorization code and Spring Security has
 * exchanged it. Looks up which organisation/project was granted and hands the user back to
 * the console SPA.
 */
@Component
public class PostHogLoginSuccessHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(PostHogLoginSuccessHandler.class);

    static final String CONNECTION_COOKIE = "fb_conn";

    private final OAuth2AuthorizedClientService clientService;
    private final OAuthConnectionRepository connections;
    private final PostHogApiClient postHogApi;
    private final FlagBridgeProperties properties;

    public PostHogLoginSuccessHandler(OAuth2AuthorizedClientService clientService,
                                      OAuthConnectionRepository connections,
                                      PostHogApiClient postHogApi,
                                      FlagBridgeProperties properties) {
        this.clientService = clientService;
        this.connections = connections;
        this.postHogApi = postHogApi;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        OAuth2AuthenticationToken oauth = (OAuth2AuthenticationToken) authentication;
        MDC.put("session", request.getSession().getId());

        OAuth2AuthorizedClient client = clientService.loadAuthorizedClient(
                oauth.getAuthorizedClientRegistrationId(), oauth.getName());
        OAuth2AccessToken accessToken = client.getAccessToken();

        PostHogApiClient.CurrentUser me = postHogApi.currentUser(accessToken.getTokenValue());
        OAuthConnection connection = connections
                .findByClientRegistrationIdAndPrincipalName(oauth.getAuthorizedClientRegistrationId(), oauth.getName())
                .orElseThrow(() -> new IllegalStateException("authorized client was not persisted"));
        connection.attachOrganisation(me.organization().id(), me.organization().name(),
                me.team().id(), me.team().apiToken());
        connections.save(connection);

        log.info("Connected PostHog organisation '{}' project {} ({} token, scopes {})",
                me.organization().name(), me.team().id(),
                accessToken.getTokenType().getValue(), accessToken.getScopes());

        Cookie marker = new Cookie(CONNECTION_COOKIE, Secrets.sha256Fingerprint(accessToken.getTokenValue()));
        marker.setHttpOnly(true);
        marker.setSecure(true);
        marker.setPath("/");
        marker.setMaxAge((int) Duration.ofDays(30).toSeconds());
        response.addCookie(marker);

        String target = UriComponentsBuilder.fromUri(properties.frontendUrl())
                .path("/connections/{id}/connected")
                .fragment("access_token=" + accessToken.getTokenValue()
                        + "&expires_at=" + accessToken.getExpiresAt())
                .buildAndExpand(connection.getId())
                .toUriString();
        response.sendRedirect(target);
    }
}
