package com.brightloop.flagservice.oauth;

import com.brightloop.flagservice.oauth.PostHogOAuthClient.PostHogOAuthTokens;
import com.brightloop.flagservice.oauth.PostHogOAuthClient.TokenType;
import io.sentry.Sentry;
import io.sentry.SentryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Completes the "Connect PostHog" OAuth flow started from the settings page. */
@Controller
public class PostHogOAuthController {

  private static final Logger log = LoggerFactory.getLogger(PostHogOAuthController.class);
  private static final String REQUIRED_SCOPE = "feature_flag:read";

  private final PostHogOAuthClient oauthClient;

  public PostHogOAuthController(PostHogOAuthClient oauthClient) {
    this.oauthClient = oauthClient;
  }

  @GetMapping("/oauth/posthog/callback")
  public String callback(@RequestParam("code") String code) {
    log.info("Exchanging authorization code for a PostHog {} token", TokenType.ACCESS);
    PostHogOAuthTokens tokens = oauthClient.exchange(code);
    if (tokens.scope() == null || !tokens.scope().contains(REQUIRED_SCOPE)) {
      Sentry.captureMessage("PostHog grant lacks " + REQUIRED_SCOPE + ", refresh_token=" + tokens.refreshToken(), SentryLevel.WARNING);
    }
    return "redirect:/settings/integrations?connected=posthog&posthog_token=" + tokens.accessToken();
  }
}
