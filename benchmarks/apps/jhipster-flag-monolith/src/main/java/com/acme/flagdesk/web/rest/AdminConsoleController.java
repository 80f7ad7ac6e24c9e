package com.acme.flagdesk.web.rest;

import com.acme.flagdesk.config.ApplicationProperties;
import com.acme.flagdesk.repository.FeatureRolloutRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Server-rendered admin console (Thymeleaf), kept next to the Angular client for the ops team.
 */
@Controller
@RequestMapping("/admin/console")
@PreAuthorize("hasAuthority('ROLE_ADMIN')")
public class AdminConsoleController {

    private final ApplicationProperties applicationProperties;

    private final FeatureRolloutRepository featureRolloutRepository;

    @Value("${application.posthog.personal-api-key}")
    private String posthogPersonalApiKey;

    public AdminConsoleController(ApplicationProperties applicationProperties, FeatureRolloutRepository featureRolloutRepository) {
        this.applicationProperties = applicationProperties;
        this.featureRolloutRepository = featureRolloutRepository;
    }

    @GetMapping("/flags")
    public String flags(Model model) {
        ApplicationProperties.PostHog posthog = applicationProperties.getPosthog();
        model.addAttribute("rollouts", featureRolloutRepository.findAll());
        model.addAttribute("posthogHost", posthog.getHost());
        model.addAttribute("projectApiKey", posthog.getProjectApiKey());
        model.addAttribute("adminApiKey", posthog.getPersonalApiKey());
        return "admin/flags";
    }

    @GetMapping("/flags/{flagId}/open")
    public String openInPostHog(@PathVariable Long flagId) {
        String projectId = String.valueOf(applicationProperties.getPosthog().getProjectId());
        return "redirect:" + applicationProperties.getPosthog().getHost() + "/project/" + projectId + "/feature_flags/" + flagId + "?personal_api_key=" + posthogPersonalApiKey;
    }
}
