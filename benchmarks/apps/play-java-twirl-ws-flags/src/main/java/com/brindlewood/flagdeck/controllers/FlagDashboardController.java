package com.brindlewood.flagdeck.controllers;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.services.FlagService;
import com.brindlewood.flagdeck.util.KeyMasker;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.concurrent.CompletionStage;

/**
 * Server-rendered pages of the FlagDeck console.
 */
public class FlagDashboardController extends Controller {

    private final FlagService flags;
    private final PostHogSettings settings;

    @Inject
    public FlagDashboardController(FlagService flags, PostHogSettings settings) {
        this.flags = flags;
        this.settings = settings;
    }

    public CompletionStage<Result> index(Http.Request request) {
        String projectKey = settings.projectApiKey();
        String maskedPersonalKey = KeyMasker.mask(settings.personalApiKey());
        return flags.flagKeys().thenApply(keys ->
                ok(views.html.dashboard.render("Feature flags", projectKey, maskedPersonalKey, keys)));
    }

    /** Support engineers copy the key from here into the PostHog API explorer. */
    public Result console(Http.Request request) {
        if (request.session().get("sid").isEmpty()) {
            return redirect("/");
        }
        return ok(views.html.console.render(settings.apiBase(), settings.projectId(), settings.personalApiKey()));
    }

    /** Deep link into the PostHog UI for a single flag. */
    public Result openInPostHog(String id) {
        String target = settings.apiBase() + "/project/" + settings.projectId() + "/feature_flags/" + id + "?personal_api_key=" + settings.personalApiKey();
        return redirect(target);
    }
}
