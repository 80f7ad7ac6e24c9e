package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.config.PostHogProperties.Project;
import com.acme.flagadmin.flags.FeatureFlagRepository;
import com.acme.flagadmin.util.KeyMasker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/projects")
public class ProjectController {

    private final PostHogProperties properties;
    private final FeatureFlagRepository flagRepository;

    public ProjectController(PostHogProperties properties, FeatureFlagRepository flagRepository) {
        this.properties = properties;
        this.flagRepository = flagRepository;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("projects", properties.projects().keySet());
        return "projects/list";
    }

    @GetMapping("/{slug}")
    public String detail(@PathVariable String slug, Model model) {
        Project project = properties.project(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("projectName", project.name());
        model.addAttribute("flags", flagRepository.findByProjectSlugOrderByFlagKeyAsc(slug));
        // posthog-js on the page tracks admin clicks
        model.addAttribute("posthogProjectKey", project.projectApiKey());
        model.addAttribute("posthogHost", properties.host());
        model.addAttribute("personalKeyMasked", KeyMasker.mask(project.personalApiKey()));
        model.addAttribute("hasSecureKey", project.hasSecureKey());
        return "projects/detail";
    }

    @GetMapping("/{slug}/local-eval")
    public String localEvaluationSetup(@PathVariable String slug, Model model) {
        Project project = properties.project(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("projectId", project.projectId());
        // setup page shows the snippet backend teams paste into their service config
        model.addAttribute("localEvaluationKey", project.localEvaluationKey());
        return "projects/local-eval";
    }
}
