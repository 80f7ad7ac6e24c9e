package com.brindlewood.flagdesk.web;

import com.brindlewood.flagdesk.config.PostHogSettings;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Server-rendered pages that bootstrap posthog-js in the browser.
 */
public class BootstrapController {

    private final PostHogSettings settings;

    public BootstrapController(PostHogSettings settings) {
        this.settings = settings;
    }

    public void index(Context ctx) {
        ctx.render("templates/index.peb", Map.of("posthogKey", settings.projectApiKey(), "posthogHost", settings.host()));
    }

    /** Flag preview widget embedded in the internal wiki; evaluates flags client side. */
    public void embed(Context ctx) {
        ctx.cookie("ph_flags_key", settings.featureFlagsSecureKey());
        ctx.render("templates/embed.peb", Map.of("posthogHost", settings.host(), "flagsKey", settings.featureFlagsSecureKey()));
    }
}
