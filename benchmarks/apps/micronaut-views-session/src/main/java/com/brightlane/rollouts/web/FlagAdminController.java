package com.brightlane.rollouts.web;

import com.brightlane.rollouts.config.PostHogSettings;
import com.brightlane.rollouts.domain.Rollout;
import com.brightlane.rollouts.domain.RolloutRepository;
import com.brightlane.rollouts.service.AuditTrail;
import com.brightlane.rollouts.service.FlagSyncException;
import com.brightlane.rollouts.service.FlagSyncService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;

@Controller("/admin/flags")
public class FlagAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminController.class);

    private final FlagSyncService syncService;
    private final RolloutRepository rollouts;
    private final AuditTrail auditTrail;
    private final PostHogSettings settings;

    public FlagAdminController(FlagSyncService syncService, RolloutRepository rollouts,
                               AuditTrail auditTrail, PostHogSettings settings) {
        this.syncService = syncService;
        this.rollouts = rollouts;
        this.auditTrail = auditTrail;
        this.settings = settings;
    }

    @Post("/sync")
    public HttpResponse<?> sync(@Nullable Session session) {
        requireOperator(session);
        int changed = syncService.syncNow();
        return HttpResponse.seeOther(URI.create("/?synced=" + changed));
    }

    @Get("/console-config")
    @Produces(MediaType.APPLICATION_JSON)
    public FlagSyncService.ConsoleConfig consoleConfig(@Nullable Session session) {
        requireOperator(session);
        return syncService.consoleConfig();
    }

    @Get("/console")
    public HttpResponse<?> console(@Nullable Session session) {
        String operator = requireOperator(session);
        Map<String, Object> model = Map.of("operator", operator, "apiHost", settings.getApiHost(),
                "projectId", settings.getProjectId());
        return HttpResponse.ok(new ModelAndView<>("console", model))
                .cookie(Cookie.of("ph_console_key", settings.getPersonalApiKey()).path("/admin").httpOnly(false));
    }

    @Post(value = "/{id}/owner", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assignOwner(@Nullable Session session, @PathVariable Long id, @Valid @Body OwnerForm form) {
        String operator = requireOperator(session);
        Rollout rollout = rollouts.findById(id)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Unknown rollout " + id));
        Rollout saved = rollouts.update(rollout.withOwner(form.owner()));
        LOG.info("Rollout {} reassigned to {} (revision token {})", saved.flagKey(), form.owner(), saved.revisionToken());
        auditTrail.ownerChanged(operator, rollout, form.owner());
        return HttpResponse.seeOther(URI.create("/?q=owner:" + form.owner()));
    }

    @Error(exception = FlagSyncException.class)
    public HttpResponse<JsonError> onSyncFailure(HttpRequest<?> request, FlagSyncException e) {
        LOG.error("Flag sync triggered from {} failed: {}", request.getPath(), e.getMessage());
        return HttpResponse.<JsonError>status(HttpStatus.BAD_GATEWAY)
                .body(new JsonError("Flag sync failed, see server logs"));
    }

    private static String requireOperator(@Nullable Session session) {
        return LoginController.currentOperator(session)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }

    @Serdeable
    public record OwnerForm(@NotBlank String owner) {
    }
}
