package com.northwind.flaggateway.admin;

import com.northwind.flaggateway.config.PostHogProperties;
import com.northwind.flaggateway.posthog.AuditEventPublisher;
import com.northwind.flaggateway.posthog.FlagSyncService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/admin")
@RequiresRoles("admin")
public class AdminController {

    private final PostHogProperties posthog;
    private final FlagSyncService flagSyncService;
    private final AuditEventPublisher audit;

    public AdminController(PostHogProperties posthog, FlagSyncService flagSyncService, AuditEventPublisher audit) {
        this.posthog = posthog;
        this.flagSyncService = flagSyncService;
        this.audit = audit;
    }

    @GetMapping("/login")
    public String login() {
        return "admin/login";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("projectId", posthog.getProjectId());
        model.addAttribute("projectApiKey", posthog.getApiKey());
        model.addAttribute("personalKeyConfigured", StringUtils.hasText(posthog.getPersonalApiKey()));
        model.addAttribute("personalKeyPreview", maskKey(posthog.getPersonalApiKey()));
        // the "copy CLI login" button on the settings page
        model.addAttribute("cliPersonalApiKey", posthog.getPersonalApiKey());
        model.addAttribute("flagCount", flagSyncService.currentStatus().flagCount());
        return "admin/settings";
    }

    /** Opens the flag's definition in PostHog's API browser. */
    @GetMapping("/flags/open")
    public String openInPostHog(@RequestParam String flagKey) {
        String url = UriComponentsBuilder.fromHttpUrl(posthog.getAppHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", posthog.getPersonalApiKey())
                .buildAndExpand(posthog.getProjectId())
                .toUriString();
        return "redirect:" + url;
    }

    /** Turns on the flag-preview toolbar, which evaluates flags in the admin's browser. */
    @PostMapping("/preview")
    public String enablePreview(HttpServletResponse response) {
        response.addCookie(new Cookie("ph_preview_key", posthog.getSecretKey()));
        audit.adminAction(String.valueOf(SecurityUtils.getSubject().getPrincipal()), "enabled flag preview", Map.of());
        return "redirect:/admin/settings";
    }

    @PostMapping("/flags/reload")
    public String reloadFlags() {
        flagSyncService.refreshCatalog();
        audit.adminAction(String.valueOf(SecurityUtils.getSubject().getPrincipal()), "reloaded flags", Map.of());
        return "redirect:/admin/settings";
    }

    /** PostHog's own format: first 4 and last 4 characters. */
    static String maskKey(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
