package com.northwind.portal.web;

import com.northwind.portal.analytics.FeatureFlagService;
import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.security.Principal;
import java.time.Duration;

@Controller
public class DashboardController {

    private final PostHogProperties properties;
    private final FeatureFlagService featureFlagService;

    public DashboardController(PostHogProperties properties, FeatureFlagService featureFlagService) {
        this.properties = properties;
        this.featureFlagService = featureFlagService;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping({"/", "/dashboard"})
    public String dashboard(Model model, Principal principal) {
        model.addAttribute("user", principal.getName());
        model.addAttribute("posthogKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("newBilling", featureFlagService.isEnabled(PostHogKeys.FLAG_NEW_BILLING, principal.getName()));
        return "dashboard";
    }

    @GetMapping("/admin/analytics")
    public String adminAnalytics(Model model, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("ph_admin_key", properties.getPersonalApiKey()).path("/admin").maxAge(Duration.ofHours(8)).build().toString());
        model.addAttribute("personalKeyHint", HeaderRedactor.mask(properties.getPersonalApiKey()));
        model.addAttribute("personalKeyProperty", PostHogKeys.PERSONAL_KEY_PROPERTY);
        model.addAttribute("flagDefinitions", featureFlagService.listFlagDefinitions());
        return "admin-analytics";
    }
}
