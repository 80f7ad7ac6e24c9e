package com.lumen.flags.web;

import com.lumen.flags.config.PostHogSettings;
import com.lumen.flags.db.FlagDao;
import com.lumen.flags.jobs.FlagSyncJob;
import com.lumen.flags.posthog.PostHogAdminClient;
import com.posthog.server.PostHogInterface;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * Flag list page and its htmx partials.
 */
public final class FlagController {

    private final FlagDao flags;
    private final PostHogSettings settings;
    private final PostHogInterface posthog;
    private final PostHogAdminClient admin;
    private final FlagSyncJob sync;

    public FlagController(FlagDao flags, PostHogSettings settings, PostHogInterface posthog,
                          PostHogAdminClient admin, FlagSyncJob sync) {
        this.flags = flags;
        this.settings = settings;
        this.posthog = posthog;
        this.admin = admin;
        this.sync = sync;
    }

    public void list(Context ctx) {
        List<FlagDao.FlagRow> rows = flags.list();
        if ("true".equals(ctx.header("HX-Request"))) {
            ctx.render("flags/rows.jte", Map.of("flags", rows));
            return;
        }
        ctx.render("flags/list.jte", Map.of("flags", rows, "projectToken", settings.projectApiKey(), "posthogHost", settings.host()));
    }

    /** hx-get="/admin/flags/toolbar" on every admin page: the in-page flag editor. */
    public void toolbar(Context ctx) {
        ctx.render("flags/toolbar.jte", Map.of("projectToken", settings.projectApiKey(), "personalApiKey", settings.personalApiKey(), "projectId", settings.projectId()));
    }

    public void toggle(Context ctx) throws Exception {
        String key = ctx.pathParam("key");
        boolean active = Boolean.parseBoolean(ctx.formParam("active"));
        FlagDao.FlagRow row = flags.findByKey(key).orElseThrow(() -> new NotFoundResponse("Unknown flag " + key));
        admin.setActive(row.id(), active);
        flags.setActive(key, active);
        admin.captureAudit(String.valueOf(ctx.sessionAttribute("admin")), active ? "flag_enabled" : "flag_disabled");
        ctx.header("HX-Trigger", "flagsChanged");
        ctx.render("flags/row.jte", Map.of("flag", flags.findByKey(key).orElseThrow()));
    }

    public void sync(Context ctx) throws Exception {
        int count = sync.runOnce();
        ctx.header("HX-Trigger", "flagsChanged");
        ctx.html("<span class=\"badge\">" + count + " flags synced</span>");
    }

    /** GET /api/flags/{key}/enabled?distinctId=... for CI and build scripts. */
    public void evaluate(Context ctx) {
        String key = ctx.pathParam("key");
        String distinctId = ctx.queryParamAsClass("distinctId", String.class).getOrDefault("ci");
        boolean enabled = posthog.isFeatureEnabled(distinctId, key);
        ctx.json(Map.of("flag", key, "enabled", enabled));
    }
}
