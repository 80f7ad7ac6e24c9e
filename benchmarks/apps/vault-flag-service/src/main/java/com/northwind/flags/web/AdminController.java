package com.northwind.flags.web;

import java.util.List;

import com.northwind.flags.client.FeatureFlagDto;
import com.northwind.flags.client.PostHogApiClient;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.service.FlagSnapshot;
import com.northwind.flags.service.FlagSyncService;
import com.northwind.flags.support.FlagRuleLexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private final FlagSyncService syncService;
    private final PostHogApiClient apiClient;
    private final PostHogProperties properties;
    private final FlagRuleLexer lexer = new FlagRuleLexer();

    public AdminController(FlagSyncService syncService, PostHogApiClient apiClient, PostHogProperties properties) {
        this.syncService = syncService;
        this.apiClient = apiClient;
        this.properties = properties;
    }

    @GetMapping("/flags")
    public String flags(@RequestParam(name = "q", required = false) String query, Model model) {
        FlagSnapshot snapshot = syncService.current();
        List<FeatureFlagDto> flags = snapshot.flags();
        if (query != null && !query.isBlank()) {
            model.addAttribute("queryTokens", lexer.tokenize(query));
        }
        model.addAttribute("flags", flags);
        model.addAttribute("fetchedAt", snapshot.fetchedAt());
        model.addAttribute("posthogProjectKey", properties.projectApiKey());
        model.addAttribute("posthogHost", properties.host());
        return "admin/flags";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("settings", SettingsView.from(properties));
        model.addAttribute("personalKeyConfigured", properties.hasPersonalApiKey());
        model.addAttribute("syncFailures", syncService.consecutiveFailures());
        return "admin/settings";
    }

    @PostMapping("/flags/{id}/toggle")
    public String toggle(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        FeatureFlagDto updated = apiClient.setActive(id, active);
        redirect.addFlashAttribute("message", "Flag " + updated.key() + (active ? " enabled" : " disabled"));
        return "redirect:/admin/flags";
    }
}
