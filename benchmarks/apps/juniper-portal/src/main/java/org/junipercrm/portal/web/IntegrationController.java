package org.junipercrm.portal.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.junipercrm.portal.service.IntegrationService;
import org.junipercrm.portal.service.IntegrationService.RejectedKeyException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Slf4j
@Controller
@RequestMapping("/integrations/posthog")
public class IntegrationController {

  private final IntegrationService integrations;

  public IntegrationController(IntegrationService integrations) {
    this.integrations = integrations;
  }

  @GetMapping
  public String form(@ModelAttribute("form") IntegrationForm form) {
    return "integration";
  }

  @PostMapping
  public String save(@Valid @ModelAttribute("form") IntegrationForm form, Principal principal, RedirectAttributes redirect) {
    log.info("saving PostHog integration for {}: {}", principal.getName(), form);
    var saved = integrations.connect(DashboardController.accountOf(principal), form.getProjectId(), form.getPersonalApiKey());
    redirect.addFlashAttribute("message", "Connected project " + saved.getProjectId() + " with key " + integrations.maskedKey(saved));
    redirect.addFlashAttribute("keyLength", form.getPersonalApiKey().length());
    return "redirect:/dashboard";
  }

  @ExceptionHandler(RejectedKeyException.class)
  public ModelAndView rejected(RejectedKeyException ex) {
    log.warn("integration rejected: {}", ex.getMessage());
    return new ModelAndView("integration-error", Map.of("reason", ex.getMessage()));
  }

  @ExceptionHandler(DataAccessException.class)
  public ModelAndView storageFailed(DataAccessException ex) {
    log.error("could not store integration", ex);
    return new ModelAndView("integration-error", Map.of("reason", "Storage is unavailable, try again later"));
  }
}
