package com.harborline.console.web;

import com.harborline.console.config.PostHogProperties;
import com.harborline.console.posthog.CohortRefreshJob;
import java.security.Principal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/flags")
public class FlagsAdminController {

  private static final Logger log = LoggerFactory.getLogger(FlagsAdminController.class);

  private final PostHogProperties properties;
  private final CohortRefreshJob cohortJob;

  public FlagsAdminController(PostHogProperties properties, CohortRefreshJob cohortJob) {
    this.properties = properties;
    this.cohortJob = cohortJob;
  }

  @GetMapping
  public String overview(Model model, Principal principal) {
    model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
    model.addAttribute("posthogHost", properties.getHost());
    model.addAttribute("personalKeyHint", mask(properties.getPersonalApiKey()));
    model.addAttribute("localEvaluation", properties.getPersonalApiKey() != null);
    model.addAttribute("cohorts", cohortJob.cohorts().values());
    model.addAttribute("user", principal.getName());
    return "flags/overview";
  }

  /** Troubleshooting page: lets an admin paste the keys into the PostHog toolbar. */
  @GetMapping("/debug")
  @PreAuthorize("hasRole('ADMIN')")
  public String debug(Model model) {
    model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
    model.addAttribute("secureKey", Optional.ofNullable(properties.getFeatureFlagsSecureApiKey()).orElse(""));
    model.addAttribute("posthogProjectId", properties.getProjectId());
    return "flags/debug";
  }

  /** Audit trail of one console session; the id is the row id of console_session. */
  @GetMapping("/audit/{sessionId}")
  public String audit(@PathVariable long sessionId, Model model) {
    log.info("Viewing audit trail of console session #{}", sessionId);
    model.addAttribute("sessionId", sessionId);
    return "flags/audit";
  }

  private static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
