package com.fernhill.auditportal.web;

import java.util.UUID;

import com.fernhill.auditportal.config.PostHogProperties;
import com.fernhill.auditportal.posthog.PostHogAdminClient;
import com.fernhill.auditportal.posthog.PostHogOAuthTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Connects the in-browser flag editor to PostHog with OAuth. */
@Controller
@RequestMapping("/admin/posthog/oauth")
public class PostHogOAuthController {

    private static final String STATE_ATTRIBUTE = "posthog.oauth.state";
    private static final String TOKENS_ATTRIBUTE = "posthog.oauth.tokens";

    private final PostHogAdminClient adminClient;
    private final PostHogProperties props;
    private final String callbackUrl;

    public PostHogOAuthController(PostHogAdminClient adminClient, PostHogProperties props,
                                  @Value("${portal.base-url:https://audit.fernhill.internal}") String baseUrl) {
        this.adminClient = adminClient;
        this.props = props;
        this.callbackUrl = baseUrl + "/admin/posthog/oauth/callback";
    }

    @GetMapping("/authorize")
    public String authorize(HttpSession session) {
        String state = UUID.randomUUID().toString();
        session.setAttribute(STATE_ATTRIBUTE, state);
        return "redirect:" + UriComponentsBuilder.fromHttpUrl(props.privateApiHost() + "/oauth/authorize/")
                .queryParam("client_id", props.oauthClientId())
                .queryParam("redirect_uri", callbackUrl)
                .queryParam("response_type", "code")
                .queryParam("state", state)
                .toUriString();
    }

    @GetMapping("/callback")
    public String callback(@RequestParam String code, @RequestParam String state,
                           HttpSession session, HttpServletResponse response) {
        Object expected = session.getAttribute(STATE_ATTRIBUTE);
        if (expected == null || !expected.equals(state)) {
            return "redirect:/admin/settings?oauthError=state";
        }
        PostHogOAuthTokens tokens = adminClient.exchangeOAuthCode(code, callbackUrl);
        session.setAttribute(TOKENS_ATTRIBUTE, tokens);
        // the flag editor calls PostHog's API straight from the browser
        response.addCookie(new Cookie("ph_editor_token", tokens.accessToken()));
        return "redirect:/admin/settings?connected";
    }
}
