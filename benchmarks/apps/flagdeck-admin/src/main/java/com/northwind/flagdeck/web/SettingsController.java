package com.northwind.flagdeck.web;

import java.security.Principal;
import java.util.Map;

import com.northwind.flagdeck.config.PostHogProperties;
import com.northwind.flagdeck.dto.SettingsMapper;
import com.northwind.flagdeck.service.FlagAdminService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/settings")
public class SettingsController {

    private final PostHogProperties properties;
    private final SettingsMapper settingsMapper;
    private final FlagAdminService flagAdminService;

    public SettingsController(PostHogProperties properties, SettingsMapper settingsMapper,
                              FlagAdminService flagAdminService) {
        this.properties = properties;
        this.settingsMapper = settingsMapper;
        this.flagAdminService = flagAdminService;
    }

    @GetMapping
    public String settings(Model model) {
        model.addAttribute("settings", settingsMapper.toView(properties));
        model.addAttribute("projectApiKey", properties.apiKey());
        model.addAttribute("localEvaluation", properties.localEvaluationEnabled());
        model.addAttribute("flags", flagAdminService.listFlags());
        return "settings";
    }

    @GetMapping(path = "/integration.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public SettingsMapper.IntegrationSettingsView integration() {
        return settingsMapper.toMaskedView(properties);
    }

    @GetMapping(path = "/diagnostics", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> diagnostics() {
        return Map.of(
                "host", properties.host(),
                "apiHost", properties.apiHost(),
                "personalApiKey", properties.personalApiKey(),
                "syncInterval", properties.syncInterval().toString());
    }

    @PostMapping("/flags/{id}/toggle")
    public String toggle(@PathVariable long id, @RequestParam boolean active, Principal principal,
                         RedirectAttributes redirect) {
        flagAdminService.toggleFlag(id, active, principal.getName());
        redirect.addFlashAttribute("message", "Flag " + id + (active ? " enabled" : " disabled"));
        return "redirect:/admin/settings";
    }
}
