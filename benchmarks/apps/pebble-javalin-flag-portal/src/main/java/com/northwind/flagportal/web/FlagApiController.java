package com.northwind.flagportal.web;

import com.northwind.flagportal.auth.PortalAccessManager;
import com.northwind.flagportal.auth.PortalUser;
import com.northwind.flagportal.config.PortalConfig;
import com.northwind.flagportal.db.PortalDao;
import com.northwind.flagportal.model.ClientConfig;
import com.northwind.flagportal.model.FlagView;
import com.northwind.flagportal.posthog.PostHogAdminClient;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/** JSON API used by the portal's browser bundle and by CI jobs (X-Portal-Api-Key). */
public class FlagApiController {

    private static final Logger log = LoggerFactory.getLogger(FlagApiController.class);

    public record FlagUpdate(boolean enabled, int rolloutPercentage) {
    }

    private final PortalConfig config;
    private final PortalDao dao;
    private final PostHogAdminClient admin;

    public FlagApiController(PortalConfig config, PortalDao dao, PostHogAdminClient admin) {
        this.config = config;
        this.dao = dao;
        this.admin = admin;
    }

    public void list(Context ctx) {
        List<FlagView> flags = dao.listFlags();
        String query = ctx.queryParam("q");
        if (query != null && !query.isBlank()) {
            List<FilterLexer.Token> tokens = FilterLexer.tokenize(query);
            log.debug("Search '{}' tokenized as {}", query, tokens);
            flags = flags.stream().filter(FilterLexer.compile(tokens)).toList();
        }
        ctx.json(flags);
    }

    public void update(Context ctx) {
        String key = ctx.pathParam("key");
        FlagView existing = dao.findFlag(key).orElseThrow(() -> new NotFoundResponse("No flag " + key));
        FlagUpdate update = ctx.bodyAsClass(FlagUpdate.class);
        FlagView changed = new FlagView(key, existing.name(), update.enabled(), update.rolloutPercentage(),
                existing.posthogId(), existing.updatedAt());

        dao.upsertFlag(changed);
        admin.updateFlag(changed);

        PortalUser user = ctx.attribute(PortalAccessManager.SESSION_USER);
        admin.captureAudit(user.username(), "portal_flag_updated", Map.of("flag", key, "enabled", changed.enabled()));
        ctx.json(dao.findFlag(key).orElse(changed));
    }

    /** posthog-js init options for the SPA. */
    public void clientConfig(Context ctx) {
        ClientConfig payload = config.clientConfig();
        ctx.json(payload);
    }

    /** Called once by the SPA on load so posthog-js can evaluate flags without a round trip. */
    public void bootstrap(Context ctx) {
        PortalUser user = ctx.attribute(PortalAccessManager.SESSION_USER);
        ctx.cookie("ph_flags_key", config.flagsSecureKey());
        ctx.json(Map.of("distinctId", user.username(), "projectApiKey", config.projectApiKey(), "apiHost", config.posthogHost()));
    }

    /** Admin diagnostics: which PostHog credentials are configured, without revealing them. */
    public void keyStatus(Context ctx) {
        String personalPreview = config.personalApiKey().substring(0, 4) + "****";
        ctx.json(Map.of("personalKey", personalPreview, "secureKeyConfigured", config.flagsSecureKey() != null, "oauth", config.oauthToken() != null));
    }
}
