package com.fabrikam.flags.web;

import com.fabrikam.flags.config.PostHogProperties;
import com.fabrikam.flags.secrets.VaultSecretResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin")
public class AdminDiagnosticsController {

    private final PostHogProperties properties;
    private final VaultSecretResolver secrets;

    public AdminDiagnosticsController(PostHogProperties properties, VaultSecretResolver secrets) {
        this.properties = properties;
        this.secrets = secrets;
    }

    @GetMapping("/diagnostics")
    public String diagnostics(Model model) {
        String flagsSecureKey = secrets.resolve(VaultSecretResolver.POSTHOG_FLAGS_SECURE_KEY);
        model.addAttribute("host", properties.getHost());
        model.addAttribute("projectApiKey", properties.getProjectApiKey());
        model.addAttribute("localEvaluation", StringUtils.hasText(flagsSecureKey));
        model.addAttribute("flagsSecureKey", flagsSecureKey);
        model.addAttribute("vaultUrl", secrets.vaultUrl().orElse("disabled"));
        return "admin/diagnostics";
    }

    @GetMapping("/posthog/flags")
    public String openFlagsInPostHog() {
        String personalApiKey = secrets.resolve(VaultSecretResolver.POSTHOG_PERSONAL_API_KEY);
        return "redirect:" + properties.getAppHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?personal_api_key=" + personalApiKey;
    }

    @PostMapping("/secrets/refresh")
    public String refreshSecrets() {
        secrets.evict(VaultSecretResolver.POSTHOG_FLAGS_SECURE_KEY);
        secrets.evict(VaultSecretResolver.POSTHOG_PERSONAL_API_KEY);
        return "redirect:/admin/diagnostics";
    }
}
