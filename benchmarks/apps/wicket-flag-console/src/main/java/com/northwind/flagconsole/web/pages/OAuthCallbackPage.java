package com.northwind.flagconsole.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.web.session.FlagConsoleSession;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.spring.injection.annot.SpringBean;

/** Landing page of PostHog's OAuth flow: swaps the code for an access token. */
@AuthorizeInstantiation("ADMIN")
public class OAuthCallbackPage extends WebPage {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(OAuthCallbackPage.class);

    public static final String TOKEN_COOKIE = "ph_oauth";

    @SpringBean
    private PostHogSettings settings;

    @SpringBean
    private ObjectMapper mapper;

    public OAuthCallbackPage(PageParameters parameters) {
        super(parameters);
        String code = parameters.get("code").toOptionalString();
        if (code == null) {
            throw new RestartResponseException(FlagListPage.class);
        }

        JsonNode tokens = exchange(code);
        String posthogAccessToken = tokens.get("access_token").asText();
        int expiresIn = tokens.path("expires_in").asInt(3600);
        LOG.info("PostHog OAuth token received, expires in {}s", expiresIn);

        FlagConsoleSession.get().setPosthogAccessToken(posthogAccessToken);

        Cookie cookie = new Cookie(TOKEN_COOKIE, posthogAccessToken);
        cookie.setHttpOnly(false);
        cookie.setPath("/");
        cookie.setMaxAge(expiresIn);
        ((WebResponse) getResponse()).addCookie(cookie);

        throw new RestartResponseException(FlagListPage.class);
    }

    private JsonNode exchange(String code) {
        String form = "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&client_id=flag-console";
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("PostHog token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
