package com.northwind.billing.web;

import com.northwind.billing.config.PaymentProperties;
import com.northwind.billing.config.PostHogDefaults;
import com.northwind.billing.config.PostHogProperties;
import com.northwind.billing.logging.SecretMasker;
import com.northwind.billing.posthog.PostHogAdminClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private final PostHogProperties posthog;
    private final PaymentProperties payment;
    private final PostHogAdminClient adminClient;

    public AdminController(PostHogProperties posthog, PaymentProperties payment, PostHogAdminClient adminClient) {
        this.posthog = posthog;
        this.payment = payment;
        this.adminClient = adminClient;
    }

    @GetMapping("/flags")
    public String flags(Model model) {
        Map<String, Object> flags = new LinkedHashMap<>();
        adminClient.listFlags().forEach(f -> flags.put(String.valueOf(f.get("key")), f.get("active")));
        model.addAttribute("flags", flags);
        model.addAttribute("host", posthog.host());
        model.addAttribute("projectKey", PostHogDefaults.PUBLIC_PROJECT_KEY);
        model.addAttribute("flagsKey", posthog.featureFlagsSecureKey());
        return "admin/flags";
    }

    @GetMapping("/diagnostics")
    @ResponseBody
    public ConfigSnapshot diagnostics() {
        ConfigSnapshot snapshot = ConfigSnapshot.from(posthog, payment);
        return snapshot;
    }

    @GetMapping("/diagnostics/safe")
    @ResponseBody
    public Map<String, Object> safeDiagnostics() {
        return Map.of(
                "posthogHost", posthog.host(),
                "posthogProjectKey", posthog.apiKey(),
                "posthogPersonalKey", SecretMasker.mask(posthog.personalApiKey()),
                "personalKeyConfigured", posthog.personalApiKey() != null);
    }

    @GetMapping("/posthog-proxy-config")
    public ResponseEntity<Void> proxyConfig() {
        return ResponseEntity.noContent()
                .header("X-PostHog-Project", PostHogDefaults.PUBLIC_PROJECT_KEY)
                .header("X-PostHog-Secure-Key", posthog.featureFlagsSecureKey())
                .build();
    }
}
