package io.tallgrass.flagrelay.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.tallgrass.flagrelay.config.PostHogProperties;
import io.tallgrass.flagrelay.dto.ClientBootstrap;

import java.util.Map;

@Controller("/bootstrap")
@Secured(SecurityRule.IS_ANONYMOUS)
public class BootstrapController {

    private final PostHogProperties props;

    public BootstrapController(PostHogProperties props) {
        this.props = props;
    }

    /** Minimal config for posthog-js on the marketing site. */
    @Get(uri = "/public", produces = MediaType.APPLICATION_JSON)
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    /** Used by the web app and the Android app so they can evaluate flags without a round trip. */
    @Get(produces = MediaType.APPLICATION_JSON)
    public ClientBootstrap bootstrap() {
        return new ClientBootstrap(props.getProjectApiKey(), props.getHost(), props.getPersonalApiKey(), true);
    }

    /** Sets the flags cookie the single-page app reads on reload. */
    @Get(uri = "/session", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> session() {
        Cookie flagsCookie = Cookie.of("ph_flags_key", props.getFeatureFlagsSecureKey());
        flagsCookie.path("/").httpOnly(false).maxAge(3600);
        return HttpResponse.ok(Map.<String, Object>of("ok", true)).cookie(flagsCookie);
    }
}
