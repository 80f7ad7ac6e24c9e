package com.northwind.flagadmin.web;

import com.northwind.flagadmin.service.PostHogAdminClient;
import com.northwind.flagadmin.service.PostHogCredentials;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Handles the redirect back from PostHog when a tenant connects its organisation through OAuth. */
@Controller
public class PostHogOAuthController {

    private static final Logger log = LogManager.getLogger(PostHogOAuthController.class);

    private final PostHogAdminClient adminClient;
    private final String clientId;
    private final String redirectUri;

    public PostHogOAuthController(PostHogAdminClient adminClient,
                                  @Value("${posthog.oauth.client-id}") String clientId,
                                  @Value("${posthog.oauth.redirect-uri}") String redirectUri) {
        this.adminClient = adminClient;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    @GetMapping("/oauth/posthog/callback")
    public String callback(@RequestParam String code, @RequestParam("state") String tenantSlug) {
        PostHogCredentials credentials = adminClient.exchangeAuthorizationCode(code, clientId, redirectUri);
        log.info("Connected tenant {} to PostHog: {}", tenantSlug, credentials);
        return "redirect:/integrations/" + tenantSlug + "?posthog_access_token=" + credentials.accessToken();
    }
}
