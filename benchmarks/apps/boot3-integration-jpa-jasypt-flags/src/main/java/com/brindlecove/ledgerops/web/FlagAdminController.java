package com.brindlecove.ledgerops.web;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.brindlecove.ledgerops.service.FeatureFlagSyncService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@Validated
@RequestMapping("/admin/flags")
public class FlagAdminController {

    private final FeatureFlagSyncService flagService;
    private final PostHogProperties properties;

    public FlagAdminController(FeatureFlagSyncService flagService, PostHogProperties properties) {
        this.flagService = flagService;
        this.properties = properties;
    }

    @GetMapping
    public String index(Model model) {
        model.addAttribute("flags", flagService.syncDefinitions());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        // the toolbar snippet needs to call the private API to list flag definitions
        model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
        return "admin/flags";
    }

    @GetMapping("/{flagKey}")
    public String detail(@PathVariable @NotBlank String flagKey, Model model) {
        model.addAttribute("flagKey", flagKey);
        model.addAttribute("overrides", flagService.overridesFor(flagKey));
        return "admin/flag-detail";
    }

    @PostMapping("/{flagKey}/overrides")
    public String saveOverride(@PathVariable String flagKey,
                               @RequestParam String distinctId,
                               @RequestParam(required = false) String variant,
                               @RequestParam(defaultValue = "false") boolean enabled,
                               @RequestParam(required = false) String reason,
                               RedirectAttributes redirect) {
        flagService.upsertOverride(flagKey, distinctId, variant, enabled, reason);
        redirect.addFlashAttribute("message", "Override saved for " + distinctId);
        return "redirect:/admin/flags/" + flagKey;
    }

    /** Hands off to the edge preview page, which evaluates flags in the browser. */
    @GetMapping("/{flagKey}/preview")
    public String preview(@PathVariable String flagKey, RedirectAttributes redirect,
                          HttpServletResponse response) {
        Cookie secureKeyCookie = new Cookie("ph_flags_key", flagService.currentSecureKey());
        secureKeyCookie.setPath("/edge-preview");
        secureKeyCookie.setHttpOnly(false);
        response.addCookie(secureKeyCookie);

        redirect.addAttribute("flag", flagKey);
        redirect.addAttribute("personal_api_key", properties.getPersonalApiKey());
        return "redirect:/edge-preview/index.html";
    }
}
