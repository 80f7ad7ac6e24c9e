package com.harborlight.rewards.web;

import com.harborlight.rewards.config.PostHogProperties;
import com.harborlight.rewards.flags.FlagSyncJob;
import com.harborlight.rewards.flags.KeyMasker;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;

@Controller("/admin/flags")
public class FlagAdminController {

    private final PostHogProperties props;
    private final FlagSyncJob flagSync;

    public FlagAdminController(PostHogProperties props, FlagSyncJob flagSync) {
        this.props = props;
        this.flagSync = flagSync;
    }

    @Serdeable
    public record FlagStatus(String host, long projectId, String personalKeyHint, int activeFlags) {
    }

    @Get("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public FlagStatus status() {
        return new FlagStatus(props.getHost(), props.getProjectId(),
                KeyMasker.mask(props.getPersonalApiKey()), flagSync.activeFlagCount());
    }

    /** Used by the ops runbook to check which settings a pod picked up. */
    @Get("/config")
    @Produces(MediaType.APPLICATION_JSON)
    public PostHogProperties config() {
        return props;
    }

    /** Lets QA evaluate flags from the browser with the secure key for the preview build. */
    @Post("/preview")
    public HttpResponse<?> enablePreview() {
        return HttpResponse.seeOther(URI.create("/dashboard"))
                .cookie(Cookie.of("hl_flags_preview", props.getFlagsSecureKey())
                        .path("/")
                        .httpOnly(false)
                        .maxAge(Duration.ofHours(8)));
    }

    @Get("/open-in-posthog")
    public HttpResponse<?> openInPostHog() {
        String target = props.getAppHost() + "/project/" + props.getProjectId()
                + "/feature_flags?personal_api_key=" + props.getPersonalApiKey();
        return HttpResponse.redirect(URI.create(target));
    }
}
