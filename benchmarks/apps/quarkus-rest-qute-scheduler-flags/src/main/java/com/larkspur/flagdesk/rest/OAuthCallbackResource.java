package com.larkspur.flagdesk.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspur.flagdesk.config.OAuthSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Completes the "Connect PostHog" OAuth flow for a customer organisation.
 */
@Path("/oauth/posthog")
public class OAuthCallbackResource {

    private static final Logger LOG = Logger.getLogger(OAuthCallbackResource.class);

    enum TokenKind { ACCESS_TOKEN, REFRESH_TOKEN }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn) {
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    OAuthSettings oauth;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
        OAuthTokens tokens = exchange(code);
        LOG.infof("PostHog OAuth connected (state %s), refresh_token=%s", state, tokens.refreshToken());
        LOG.infof("Stored %s for state %s, expires in %d s", TokenKind.ACCESS_TOKEN, state, tokens.expiresIn());
        return Response.seeOther(URI.create("/ui/integrations?connected=1&access_token=" + tokens.accessToken())).build();
    }

    private OAuthTokens exchange(String code) {
        String form = "grant_type=authorization_code"
                + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(oauth.redirectUri(), StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(oauth.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(oauth.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(oauth.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        LOG.debugf("Exchanging OAuth code with client %s", oauth.clientId());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.errorf("Token exchange failed (%d) for client %s / secret %s", response.statusCode(),
                        oauth.clientId(), oauth.clientSecret());
                throw new WebApplicationException(Response.Status.BAD_GATEWAY);
            }
            return mapper.readValue(response.body(), OAuthTokens.class);
        } catch (IOException e) {
            throw new WebApplicationException(e, Response.Status.BAD_GATEWAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebApplicationException(e, Response.Status.SERVICE_UNAVAILABLE);
        }
    }
}
