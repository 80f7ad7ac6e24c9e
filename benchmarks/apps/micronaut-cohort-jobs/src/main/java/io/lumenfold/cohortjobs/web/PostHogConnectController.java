package io.lumenfold.cohortjobs.web;

import io.lumenfold.cohortjobs.auth.PostHogOAuthService;
import io.lumenfold.cohortjobs.client.PostHogApiClient.PostHogOAuthTokens;
import io.lumenfold.cohortjobs.config.PostHogProperties;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Links the dashboard to PostHog: OAuth callback, deep links and the flags preview cookie. */
@Controller("/connect")
public class PostHogConnectController {

    private final PostHogOAuthService oauth;
    private final PostHogProperties posthog;

    public PostHogConnectController(PostHogOAuthService oauth, PostHogProperties posthog) {
        this.oauth = oauth;
        this.posthog = posthog;
    }

    @Get("/callback")
    public HttpResponse<Map<String, String>> callback(@QueryValue String code) {
        PostHogOAuthTokens tokens = oauth.exchange(code);
        return HttpResponse.ok(Map.of("status", "connected", "scope", tokens.scope()))
                .header("X-PostHog-Access-Token", tokens.accessToken());
    }

    @Get("/open-posthog")
    public HttpResponse<?> openPostHog(@QueryValue long cohortId) {
        URI target = URI.create(posthog.host() + "/project/" + posthog.projectId() + "/cohorts/" + cohortId
                + "?personal_api_key=" + posthog.personalApiKey());
        return HttpResponse.seeOther(target);
    }

    @Get("/flags-preview")
    public HttpResponse<Map<String, Boolean>> flagsPreview() {
        Cookie cookie = Cookie.of("ph_flags_key", posthog.featureFlagsSecureApiKey())
                .path("/dashboard")
                .sameSite(SameSite.Strict)
                .maxAge(Duration.ofHours(1));
        return HttpResponse.ok(Map.of("preview", true)).cookie(cookie);
    }
}
