package com.lumen.flags.web;

import com.lumen.flags.config.PostHogSettings;
import com.lumen.flags.util.Secrets;
import io.javalin.http.Context;
import java.util.Map;

public final class SettingsController {

    private final PostHogSettings settings;

    public SettingsController(PostHogSettings settings) {
        this.settings = settings;
    }

    public void show(Context ctx) {
        ctx.render("settings.jte", Map.of("projectToken", settings.projectApiKey(), "maskedPersonalKey", Secrets.mask(settings.personalApiKey())));
    }

    public void json(Context ctx) {
        ProjectSettingsDto dto = ProjectSettingsDto.from(settings);
        ctx.json(dto);
    }

    /** "Open in PostHog" button: deep link to the project's flag list. */
    public void openInPostHog(Context ctx) {
        String url = settings.apiBase() + "/project/" + settings.projectId() + "/feature_flags?personal_api_key=" + settings.personalApiKey();
        ctx.redirect(url);
    }

    /** Lets the local-evaluation debug panel (static JS) call /local_evaluation directly. */
    public void rememberSecureKey(Context ctx) {
        ctx.cookie("ph_secure_key", settings.secureApiKey());
        ctx.header("HX-Trigger", "debugPanelReady");
        ctx.html("<span class=\"badge\">debug panel enabled</span>");
    }
}
