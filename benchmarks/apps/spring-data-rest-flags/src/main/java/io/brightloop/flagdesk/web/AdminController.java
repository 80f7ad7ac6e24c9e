package io.brightloop.flagdesk.web;

import jakarta.servlet.http.HttpSession;

import io.brightloop.flagdesk.config.PostHogProperties;
import io.brightloop.flagdesk.domain.FeatureFlagRepository;
import io.brightloop.flagdesk.posthog.PostHogApiClient;
import io.brightloop.flagdesk.posthog.PostHogKeys;
import io.brightloop.flagdesk.posthog.PostHogKeys.KeyKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final FeatureFlagRepository repository;
    private final PostHogApiClient posthogApi;
    private final PostHogProperties properties;

    public AdminController(FeatureFlagRepository repository, PostHogApiClient posthogApi,
                           PostHogProperties properties) {
        this.repository = repository;
        this.posthogApi = posthogApi;
        this.properties = properties;
    }

    @GetMapping
    public String dashboard(Model model, HttpSession session, @AuthenticationPrincipal Jwt jwt) {
        log.info("Admin dashboard opened by {} (session {})", jwt.getSubject(), session.getId());
        model.addAttribute("flags", repository.findAll(Sort.by("flagKey")));
        model.addAttribute("projectKey", properties.projectApiKey());
        model.addAttribute("posthogHost", properties.host());
        model.addAttribute("personalKeyHint", PostHogKeys.mask(properties.personalApiKey()));
        model.addAttribute("expectedKeyHint", properties.personalKeyHint());
        model.addAttribute("localEvaluation", properties.localEvaluationEnabled());
        return "admin/dashboard";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        KeyKind apiKey = PostHogKeys.kindOf(properties.personalApiKey());
        log.info("Rendering PostHog settings, personal key kind {}", apiKey);
        model.addAttribute("apiHost", properties.apiHost());
        model.addAttribute("projectId", properties.projectId());
        model.addAttribute("keyKind", apiKey.name());
        model.addAttribute("personalApiKey", properties.personalApiKey());
        model.addAttribute("remoteFlags", posthogApi.listFlags());
        return "admin/settings";
    }

    @GetMapping("/flags/{posthogFlagId}/open")
    public String openInPostHog(@PathVariable long posthogFlagId) {
        String target = UriComponentsBuilder.fromHttpUrl(properties.apiHost())
                .path("/project/{projectId}/feature_flags/{flagId}")
                .queryParam("personal_api_key", properties.personalApiKey())
                .buildAndExpand(properties.projectId(), posthogFlagId)
                .toUriString();
        return "redirect:" + target;
    }
}
