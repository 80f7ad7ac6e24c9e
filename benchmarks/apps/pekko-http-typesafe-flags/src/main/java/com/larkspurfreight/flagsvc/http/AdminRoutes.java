package com.larkspurfreight.flagsvc.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkspurfreight.flagsvc.actors.FlagCommand;
import com.larkspurfreight.flagsvc.analytics.PostHogAdminClient;
import com.larkspurfreight.flagsvc.config.AdminSettings;
import com.larkspurfreight.flagsvc.config.PostHogSettings;
import com.larkspurfreight.flagsvc.dto.DiagnosticsView;
import com.larkspurfreight.flagsvc.support.KeyMasker;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.http.javadsl.marshallers.jackson.Jackson;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * /admin routes, behind basic auth. Used by the on-call engineer and the release bot.
 */
public final class AdminRoutes extends AllDirectives {

    private static final String VERSION = AdminRoutes.class.getPackage().getImplementationVersion();

    private final PostHogSettings settings;
    private final AdminSettings admin;
    private final AuthDirectives auth;
    private final PostHogAdminClient adminClient;
    private final ActorRef<FlagCommand> flagCache;
    private final ObjectMapper mapper;

    public AdminRoutes(PostHogSettings settings, AdminSettings admin, AuthDirectives auth,
                       PostHogAdminClient adminClient, ActorRef<FlagCommand> flagCache, ObjectMapper mapper) {
        this.settings = settings;
        this.admin = admin;
        this.auth = auth;
        this.adminClient = adminClient;
        this.flagCache = flagCache;
        this.mapper = mapper;
    }

    public Route createRoute() {
        return pathPrefix("admin", () -> auth.requireAdmin(() -> concat(
                path("diagnostics", () -> get(() ->
                        completeOK(diagnostics(), Jackson.marshaller(mapper)))),
                path("posthog-config", () -> get(() ->
                        completeOK(settings, Jackson.marshaller(mapper)))),
                path("open-posthog", () -> get(this::openInPostHog)),
                path("definitions", () -> get(() ->
                        completeOK(adminClient.listFlagKeys(), Jackson.marshaller(mapper)))),
                path(PathMatchers.segment("overrides").slash(PathMatchers.segment()), flagKey ->
                        post(() -> parameter("enabled", enabled -> override(flagKey, Boolean.parseBoolean(enabled)))))
        )));
    }

    private DiagnosticsView diagnostics() {
        return new DiagnosticsView(
                settings.getHost(),
                settings.getProjectApiKey(),
                KeyMasker.mask(settings.getPersonalApiKey()),
                KeyMasker.sha256Hash(settings.getFlagsSecureKey()),
                settings.getPollIntervalSeconds(),
                VERSION);
    }

    /** Deep link into the PostHog flag list, so the engineer lands logged in as the ops bot. */
    private Route openInPostHog() {
        String url = settings.getApiHost() + "/project/feature_flags?personal_api_key=" + settings.getPersonalApiKey();
        return redirect(Uri.create(url), StatusCodes.FOUND);
    }

    private Route override(String flagKey, boolean enabled) {
        flagCache.tell(new FlagCommand.Override(flagKey, enabled));
        adminClient.captureOverride(admin.username(), flagKey, enabled);
        return complete(StatusCodes.NO_CONTENT);
    }
}
