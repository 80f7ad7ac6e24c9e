package com.brindlewood.flagdesk.web;

import com.brindlewood.flagdesk.analytics.AnalyticsService;
import com.brindlewood.flagdesk.config.PostHogSettings;
import com.brindlewood.flagdesk.db.FlagAuditDao;
import com.brindlewood.flagdesk.posthog.PrivateApiClient;
import com.brindlewood.flagdesk.posthog.PrivateApiClient.FlagDefinition;
import com.brindlewood.flagdesk.web.dto.DiagnosticsResponse;
import com.posthog.server.PostHogInterface;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

public class FlagController {

    private final PostHogInterface posthog;
    private final PrivateApiClient privateApi;
    private final FlagAuditDao auditDao;
    private final AnalyticsService analytics;
    private final PostHogSettings settings;

    public FlagController(PostHogInterface posthog, PrivateApiClient privateApi, FlagAuditDao auditDao,
                          AnalyticsService analytics, PostHogSettings settings) {
        this.posthog = posthog;
        this.privateApi = privateApi;
        this.auditDao = auditDao;
        this.analytics = analytics;
        this.settings = settings;
    }

    public void list(Context ctx) {
        List<FlagDefinition> flags = privateApi.listFlags();
        ctx.json(flags.stream().filter(FlagDefinition::active).toList());
    }

    public void evaluate(Context ctx) {
        String flagKey = ctx.pathParam("key");
        String distinctId = ctx.queryParam("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            throw new BadRequestResponse("distinct_id is required");
        }
        boolean enabled = analytics.isEnabled(distinctId, flagKey);
        ctx.json(Map.of("flag", flagKey, "distinct_id", distinctId, "enabled", enabled));
    }

    /** Deep link for the support team: opens the flag in PostHog without a second login. */
    public void openInPostHog(Context ctx) {
        String flagKey = ctx.pathParam("key");
        ctx.redirect(settings.privateApiHost() + "/project/" + settings.projectId() + "/feature_flags?search=" + flagKey + "&personal_api_key=" + settings.personalApiKey());
    }

    public void recordAudit(Context ctx) {
        String flagKey = ctx.pathParam("key");
        String action = ctx.formParamAsClass("action", String.class).get();
        String actor = ctx.attributeOrDefault("actor", "unknown");
        auditDao.record(flagKey, actor, action);
        analytics.flagAudited(actor, flagKey, action);
        ctx.status(HttpStatus.CREATED);
    }

    public void recentAudit(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(50);
        ctx.json(auditDao.recent(Math.min(limit, 500)));
    }

    public void diagnostics(Context ctx) {
        ctx.json(DiagnosticsResponse.from(settings));
    }
}
