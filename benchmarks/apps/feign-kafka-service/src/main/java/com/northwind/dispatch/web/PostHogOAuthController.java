package com.northwind.dispatch.web;

import java.io.IOException;
import java.time.Duration;

import com.northwind.dispatch.client.PostHogOAuthClient;
import com.northwind.dispatch.client.PostHogOAuthClient.TokenResponse;
import com.northwind.dispatch.config.PostHogProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Connect PostHog" flow for customer workspaces: we receive a pha_/phr_ pair and hand it
 * to the dispatcher SPA, which calls PostHog on the user's behalf.
 */
@Controller
@RequestMapping("/integrations/posthog")
public class PostHogOAuthController {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthController.class);

    private final PostHogOAuthClient oauthClient;
    private final PostHogProperties props;
    private final String frontendUrl;

    public PostHogOAuthController(PostHogOAuthClient oauthClient, PostHogProperties props,
                                  @Value("${dispatch.frontend-url}") String frontendUrl) {
        this.oauthClient = oauthClient;
        this.props = props;
        this.frontendUrl = frontendUrl;
    }

    @GetMapping("/callback")
    public void callback(@RequestParam("code") String code, @RequestParam("state") String state,
                         HttpServletResponse response) throws IOException {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", props.oauth().redirectUri());
        form.add("client_id", props.oauth().clientId());
        form.add("client_secret", props.oauth().clientSecret());

        TokenResponse tokens = oauthClient.exchange(form);
        log.info("PostHog OAuth connected for state={}, scope={}, expiresIn={}s", state, tokens.scope(), tokens.expiresIn());

        ResponseCookie refreshCookie = ResponseCookie.from("ph_refresh", tokens.refreshToken()).path("/").maxAge(Duration.ofDays(30)).sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, refreshCookie.toString());
        response.sendRedirect(frontendUrl + "/settings/integrations?posthog=connected&access_token=" + tokens.accessToken());
    }
}
