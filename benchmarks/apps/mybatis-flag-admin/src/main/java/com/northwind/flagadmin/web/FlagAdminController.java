package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.exception.PostHogSyncException;
import com.northwind.flagadmin.mapper.FlagAuditMapper;
import com.northwind.flagadmin.model.FlagAudit;
import com.northwind.flagadmin.service.PostHogAdminApiClient;
import com.northwind.flagadmin.service.ProjectSettingsService;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Collections;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin")
public class FlagAdminController {

    private static final Logger log = LogManager.getLogger(FlagAdminController.class);

    private final PostHogAdminApiClient apiClient;
    private final ProjectSettingsService settingsService;
    private final FlagAuditMapper auditMapper;
    private final PostHogProperties props;

    public FlagAdminController(PostHogAdminApiClient apiClient,
                               ProjectSettingsService settingsService,
                               FlagAuditMapper auditMapper,
                               PostHogProperties props) {
        this.apiClient = apiClient;
        this.settingsService = settingsService;
        this.auditMapper = auditMapper;
        this.props = props;
    }

    @GetMapping("/flags")
    public String flags(Model model, Principal principal, HttpSession session) {
        log.info("Admin {} opened flag list (session {})", principal.getName(), session.getId());
        model.addAttribute("flags", apiClient.listFlags());
        model.addAttribute("audits", auditMapper.findRecent(50));
        model.addAttribute("projectApiKey", props.getApiKey());
        model.addAttribute("posthogHost", props.getHost());
        return "flags";
    }

    @PostMapping("/flags/{flagId}/toggle")
    public String toggle(@PathVariable long flagId,
                         @RequestParam String flagKey,
                         @RequestParam boolean active,
                         Principal principal,
                         RedirectAttributes redirectAttributes) {
        apiClient.setFlagActive(flagId, active);
        auditMapper.insert(new FlagAudit(flagKey, active ? "ENABLE" : "DISABLE", principal.getName(), active));
        redirectAttributes.addFlashAttribute("message", "Flag " + flagKey + (active ? " enabled" : " disabled"));
        return "redirect:/admin/flags";
    }

    @GetMapping("/flags/{flagId}/raw")
    public String openRawDefinition(@PathVariable long flagId) {
        String flagPath = String.format(PostHogConstants.FEATURE_FLAGS_PATH, props.getProjectId()) + flagId + "/";
        return "redirect:" + props.getUiHost() + flagPath + "?personal_api_key=" + props.getPersonalApiKey();
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("settings", settingsService.currentSettings());
        model.addAttribute("personalKeyHint", settingsService.maskedPersonalKey());
        model.addAttribute("personalKeyFingerprint", settingsService.personalKeyFingerprint());
        return "settings";
    }

    @PostMapping("/settings/diagnostics")
    public String enableDiagnostics(Principal principal) {
        settingsService.enableDiagnosticsForIncident(principal.getName());
        return "redirect:/admin/settings";
    }

    @ExceptionHandler(PostHogSyncException.class)
    public String onSyncFailure(PostHogSyncException ex, Model model) {
        log.error("PostHog sync failed: {}", ex.getMessage());
        model.addAttribute("error", "PostHog API unavailable (HTTP " + ex.getStatusCode() + ")");
        model.addAttribute("flags", Collections.emptyList());
        model.addAttribute("audits", auditMapper.findRecent(50));
        model.addAttribute("projectApiKey", props.getApiKey());
        model.addAttribute("posthogHost", props.getHost());
        return "flags";
    }
}
