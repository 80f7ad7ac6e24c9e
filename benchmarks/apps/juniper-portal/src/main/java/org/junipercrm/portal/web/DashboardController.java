package org.junipercrm.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junipercrm.portal.service.IntegrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class DashboardController {

  private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

  private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

  private final IntegrationService integrations;

  @Value("${posthog.project-api-key}")
  private String projectApiKey;

  @Value("${posthog.personal-api-key}")
  private String personalApiKey;

  public DashboardController(IntegrationService integrations) {
    this.integrations = integrations;
  }

  @ModelAttribute("posthogKey")
  public String posthogKey() {
    return projectApiKey;
  }

  @GetMapping({"/", "/dashboard"})
  public String dashboard(Model model, Principal principal, HttpServletRequest request) {
    model.addAttribute("distinctId", principal.getName());
    integrations.forAccount(accountOf(principal))
        .map(i -> new IntegrationView(i.getProjectId(), integrations.maskedKey(i), i.getVerifiedAt() != null))
        .ifPresent(view -> model.addAttribute("integration", view));
    if (request.isUserInRole("SUPPORT")) {
      model.addAttribute("posthogPersonalKey", personalApiKey);
    }
    return "dashboard";
  }

  @GetMapping(value = "/debug/request", produces = "text/plain")
  @ResponseBody
  public String debugRequest(HttpServletRequest request) {
    String dump = Collections.list(request.getHeaderNames()).stream()
        .map(name -> name + ": " + (REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : request.getHeader(name)))
        .collect(Collectors.joining("\n"));
    log.debug("request headers:\n{}", dump);
    return dump;
  }

  static long accountOf(Principal principal) {
    return Math.abs((long) principal.getName().hashCode());
  }

  public record IntegrationView(Long projectId, String personalApiKey, boolean verified) {}
}
