package com.northwind.flagaudit.web;

import com.northwind.flagaudit.config.PostHogProperties;
import com.northwind.flagaudit.persistence.TenantCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/posthog")
public class TenantAdminPageController {

    private final PostHogProperties properties;
    private final TenantCredentialRepository repository;

    public TenantAdminPageController(PostHogProperties properties, TenantCredentialRepository repository) {
        this.properties = properties;
        this.repository = repository;
    }

    @GetMapping
    public String overview(Model model) {
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
        model.addAttribute("tenantIds", repository.findAllTenantIds());
        return "admin/posthog";
    }
}
