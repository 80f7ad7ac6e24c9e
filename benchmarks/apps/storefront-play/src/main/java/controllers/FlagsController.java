package controllers;

import java.util.Map;
import java.util.UUID;
import javax.inject.Inject;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.BootstrapFactory;
import services.FlagService;

/**
 * JSON endpoints used by the storefront's JavaScript.
 */
public class FlagsController extends Controller {

    private final FlagService flagService;
    private final BootstrapFactory bootstrapFactory;

    @Inject
    public FlagsController(FlagService flagService, BootstrapFactory bootstrapFactory) {
        this.flagService = flagService;
        this.bootstrapFactory = bootstrapFactory;
    }

    public Result flags(Http.Request request) {
        String distinctId = distinctId(request);
        return ok(Json.toJson(Map.of("distinctId", distinctId, "flags", flagService.bootstrapFlags(distinctId))));
    }

    public Result bootstrap(Http.Request request) {
        return ok(Json.toJson(bootstrapFactory.forBrowser(distinctId(request))));
    }

    public Result toolbarConfig(Http.Request request) {
        if (request.session().get("staff").isEmpty()) {
            return forbidden();
        }
        return ok(Json.toJson(bootstrapFactory.forToolbar()));
    }

    private static String distinctId(Http.Request request) {
        return request.session().get("distinct_id").orElseGet(() -> UUID.randomUUID().toString());
    }
}
