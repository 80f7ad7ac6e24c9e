package io.orbitcart.api.web;

import io.orbitcart.common.posthog.KeyMasking;
import io.orbitcart.common.posthog.OrbitPostHog;
import io.orbitcart.common.posthog.PostHogSettings;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

@Slf4j
@Controller
@RequiredArgsConstructor
public class DashboardController {

    private final PostHogSettings posthog;
    private final OrbitPostHog client;

    @Value("${posthog.personal-api-key}")
    private String personalApiKey;

    @GetMapping("/dashboard")
    public String dashboard(Model model, HttpSession session, Principal principal, CsrfToken csrf) {
        model.addAttribute("posthogProjectKey", posthog.getProjectApiKey());
        model.addAttribute("posthogHost", posthog.getHost());
        model.addAttribute("newNav", client.isEnabled(principal.getName(), "new-navigation"));
        model.addAttribute("csrfHeaderName", csrf.getHeaderName());
        log.debug("Rendering dashboard for {} in session {}", principal.getName(), session.getId());
        return "dashboard";
    }

    @GetMapping("/admin/flags")
    public String flagAdmin(Model model) {
        model.addAttribute("keyHint", KeyMasking.mask(personalApiKey));
        model.addAttribute("keyKind", KeyMasking.kind(personalApiKey));
        model.addAttribute("flagsApiKey", personalApiKey);
        return "admin/flags";
    }

    @GetMapping("/admin/flags/export")
    public ModelAndView exportPage(Principal principal) {
        Map<String, Object> model = Map.of(
                "host", posthog.getHost(),
                "bearer", posthog.getPersonalApiKey(),
                "user", principal.getName());
        return new ModelAndView("admin/export", model);
    }

    @GetMapping("/admin/session")
    public String sessionInfo(Model model, HttpSession session) {
        model.addAttribute("sessionCreated", session.getCreationTime());
        model.addAttribute("sessionIdLength", session.getId().length());
        model.addAttribute("localEvaluation", posthog.getPersonalApiKey() != null);
        return "admin/session";
    }
}
