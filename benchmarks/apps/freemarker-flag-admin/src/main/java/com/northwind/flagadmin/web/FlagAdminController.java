package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.service.FlagService;
import com.northwind.flagadmin.service.FlagSyncScheduler;
import com.northwind.flagadmin.session.AdminSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class FlagAdminController {

    private final FlagService flagService;
    private final FlagSyncScheduler flagSyncScheduler;
    private final PostHogProperties properties;
    private final AdminSession adminSession;

    public FlagAdminController(FlagService flagService, FlagSyncScheduler flagSyncScheduler,
                               PostHogProperties properties, AdminSession adminSession) {
        this.flagService = flagService;
        this.flagSyncScheduler = flagSyncScheduler;
        this.properties = properties;
        this.adminSession = adminSession;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping({"/", "/flags"})
    public String flags(Model model) {
        model.addAttribute("flags", flagService.listFlags());
        model.addAttribute("definitions", flagSyncScheduler.lastDefinitions());
        model.addAttribute("loginAt", adminSession.getLoginAt());
        return "flags";
    }

    @PostMapping("/flags/{flagId}/toggle")
    public String toggle(@PathVariable long flagId, @RequestParam String flagKey,
                         @RequestParam boolean active, RedirectAttributes redirectAttributes) {
        flagService.setActive(flagId, flagKey, active);
        redirectAttributes.addFlashAttribute("message", "Flag " + flagKey + (active ? " enabled" : " disabled"));
        return "redirect:/flags";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("personalKeyHint", PostHogProperties.mask(properties.getPersonalApiKey()));
        model.addAttribute("personalKeyPlaceholder", PostHogConstants.PERSONAL_KEY_INPUT_HINT);
        model.addAttribute("personalKeyProperty", PostHogConstants.PERSONAL_KEY_PROPERTY);
        model.addAttribute("secureKey", properties.getSecureApiKey());
        model.addAttribute("debugEnabled", properties.isDebug());
        return "settings";
    }
}
