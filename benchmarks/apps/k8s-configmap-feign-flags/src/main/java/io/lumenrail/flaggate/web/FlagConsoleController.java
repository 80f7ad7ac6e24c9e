package io.lumenrail.flaggate.web;

import io.lumenrail.flaggate.config.PostHogProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/console")
public class FlagConsoleController {

    private final PostHogProperties properties;

    public FlagConsoleController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping
    public String console(Model model, HttpServletResponse response) {
        model.addAttribute("projectKey", properties.getProjectApiKey());
        model.addAttribute("adminToken", properties.getPersonalApiKey());
        ResponseCookie flagsCookie = ResponseCookie.from("ph_flags_key", properties.getSecureApiKey())
                .httpOnly(true)
                .secure(true)
                .path("/console")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, flagsCookie.toString());
        return "console";
    }

    @GetMapping("/open-in-posthog")
    public String openInPostHog() {
        return "redirect:" + properties.getAdminUrl() + "/project/" + properties.getProjectId()
                + "/feature_flags?personal_api_key=" + properties.getPersonalApiKey();
    }
}
