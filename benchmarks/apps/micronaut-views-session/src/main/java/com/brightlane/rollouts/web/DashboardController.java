package com.brightlane.rollouts.web;

import com.brightlane.rollouts.config.PostHogSettings;
import com.brightlane.rollouts.domain.Rollout;
import com.brightlane.rollouts.domain.RolloutRepository;
import com.brightlane.rollouts.service.FlagFilterParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Controller
public class DashboardController {

    private final RolloutRepository rollouts;
    private final FlagFilterParser filterParser;
    private final PostHogSettings settings;

    public DashboardController(RolloutRepository rollouts, FlagFilterParser filterParser, PostHogSettings settings) {
        this.rollouts = rollouts;
        this.filterParser = filterParser;
        this.settings = settings;
    }

    @Get
    public HttpResponse<?> index(@Nullable Session session, @Nullable @QueryValue("q") String query) {
        Optional<String> operator = LoginController.currentOperator(session);
        if (operator.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/login"));
        }
        List<Rollout> visible = rollouts.listOrderByFlagKey().stream()
                .filter(filterParser.parse(query))
                .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("operator", operator.get());
        model.put("rollouts", visible);
        model.put("query", query == null ? "" : query);
        model.put("posthogHost", settings.getHost());
        model.put("projectApiKey", settings.getProjectApiKey());
        return HttpResponse.ok(new ModelAndView<>("index", model));
    }

    /** Usage chart for one flag; the page queries the PostHog insights API from the browser. */
    @Get("/flags/{flagKey}/usage")
    public HttpResponse<?> usage(@Nullable Session session, @PathVariable String flagKey) {
        if (LoginController.currentOperator(session).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/login"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("flagKey", flagKey);
        model.put("apiHost", settings.getApiHost());
        model.put("projectId", settings.getProjectId());
        model.put("personalApiKey", settings.getPersonalApiKey());
        return HttpResponse.ok(new ModelAndView<>("usage", model));
    }

    /** "Open raw JSON" link: sends the operator straight to the PostHog API response. */
    @Get("/flags/{flagKey}/raw")
    public HttpResponse<?> raw(@Nullable Session session, @PathVariable String flagKey) {
        if (LoginController.currentOperator(session).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/login"));
        }
        Rollout rollout = rollouts.findByFlagKey(flagKey).orElse(null);
        if (rollout == null) {
            return HttpResponse.notFound();
        }
        URI target = UriBuilder.of(settings.getApiHost())
                .path("api/projects")
                .path(String.valueOf(settings.getProjectId()))
                .path("feature_flags")
                .path(String.valueOf(rollout.remoteId()))
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }
}
