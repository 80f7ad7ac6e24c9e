package controllers;

import java.util.Map;
import java.util.UUID;
import javax.inject.Inject;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.FlagService;
import services.PostHogSettings;

/**
 * Storefront pages.
 */
public class HomeController extends Controller {

    private final PostHogSettings settings;
    private final FlagService flagService;

    @Inject
    public HomeController(PostHogSettings settings, FlagService flagService) {
        this.settings = settings;
        this.flagService = flagService;
    }

    public Result index(Http.Request request) {
        String distinctId = request.session().get("distinct_id").orElseGet(() -> UUID.randomUUID().toString());
        Map<String, Boolean> flags = flagService.bootstrapFlags(distinctId);
        String flagsJson = Json.stringify(Json.toJson(flags));
        return ok(views.html.index.render(settings.projectApiKey(), settings.host(), flagsJson, flags.getOrDefault("new-checkout", false)))
                .addingToSession(request, "distinct_id", distinctId);
    }

    public Result beta(Http.Request request) {
        if (request.session().get("staff").isEmpty()) {
            return redirect(routes.HomeController.index());
        }
        return ok(views.html.beta.render(settings.projectApiKey(), settings.host(), settings.personalApiKey()));
    }
}
