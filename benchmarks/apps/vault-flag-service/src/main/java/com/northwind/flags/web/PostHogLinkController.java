package com.northwind.flags.web;

import com.northwind.flags.config.PostHogProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deep links from the admin UI into the PostHog API browser for a flag.
 */
@Controller
public class PostHogLinkController {

    private final PostHogProperties properties;

    public PostHogLinkController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/admin/flags/{id}/open")
    public String openInPostHog(@PathVariable long id, RedirectAttributes attributes) {
        attributes.addAttribute("personal_api_key", properties.personalApiKey());
        return "redirect:" + properties.appHost() + "/api/projects/" + properties.projectId()
                + "/feature_flags/" + id + "/";
    }

    @GetMapping("/admin/flags/{id}/ui")
    public String openUi(@PathVariable long id) {
        return "redirect:" + properties.appHost() + "/project/" + properties.projectId()
                + "/feature_flags/" + id;
    }
}
