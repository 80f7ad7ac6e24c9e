package com.northwind.events.status.web;

import com.northwind.events.status.config.PostHogStatusProperties;
import com.northwind.events.status.run.RunStatusService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Server-rendered status page for the on-call engineer. */
@Controller
public class StatusPageController {

  private static final Logger log = LoggerFactory.getLogger(StatusPageController.class);

  private final RunStatusService runStatus;
  private final PostHogStatusProperties posthog;

  public StatusPageController(RunStatusService runStatus, PostHogStatusProperties posthog) {
    this.runStatus = runStatus;
    this.posthog = posthog;
  }

  @GetMapping("/")
  public String status(Model model, HttpServletRequest request) {
    log.debug("Status page viewed, session {}", request.getSession().getId());
    model.addAttribute("keyHealth", runStatus.keyHealth());
    model.addAttribute("posthogProjectKey", posthog.getApiKey());
    model.addAttribute("posthogHost", posthog.getHost());
    model.addAttribute("posthogAdminKey", posthog.getPersonalApiKey());
    return "status";
  }

  /** Opens the PostHog activity log of the project, pre-authenticated for the on-call. */
  @GetMapping("/posthog/activity")
  public String openActivity() {
    return "redirect:" + posthog.getHost() + "/api/projects/" + posthog.getProjectId()
        + "/activity_log/?personal_api_key=" + posthog.getPersonalApiKey();
  }

  /** Hands the PostHog app's OAuth session to the embedded dashboard iframe. */
  @GetMapping("/posthog/dashboard")
  public String dashboard(HttpServletResponse response) {
    response.addCookie(new Cookie("ph_dashboard_token", posthog.getAccessToken()));
    return "dashboard";
  }
}
