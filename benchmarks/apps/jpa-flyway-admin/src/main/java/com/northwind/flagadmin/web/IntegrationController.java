package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.ProjectIntegration;
import com.northwind.flagadmin.service.IntegrationService;
import com.northwind.flagadmin.support.KeyMasker;
import com.northwind.flagadmin.web.dto.IntegrationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/integrations")
public class IntegrationController {

    private static final Logger log = LogManager.getLogger(IntegrationController.class);

    private final IntegrationService integrationService;
    private final PostHogProperties properties;

    public IntegrationController(IntegrationService integrationService, PostHogProperties properties) {
        this.integrationService = integrationService;
        this.properties = properties;
    }

    public record IntegrationForm(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}") String tenantSlug,
            @NotBlank String displayName,
            @NotNull Long posthogProjectId,
            @NotBlank @Pattern(regexp = "phc_[A-Za-z0-9]+") String projectApiKey,
            @NotBlank @Pattern(regexp = "ph[xs]_[A-Za-z0-9]+") String personalApiKey) {
    }

    public record IntegrationRow(String tenantSlug, String displayName, Long posthogProjectId,
                                 String keyPreview, Instant lastSyncedAt) {
    }

    @GetMapping
    public String list(Model model) {
        List<IntegrationRow> rows = integrationService.listAll().stream()
                .map(i -> new IntegrationRow(i.getTenantSlug(), i.getDisplayName(), i.getPosthogProjectId(),
                        KeyMasker.mask(i.getPersonalApiKey()), i.getLastSyncedAt()))
                .toList();
        model.addAttribute("integrations", rows);
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        return "integrations/list";
    }

    @GetMapping("/{slug}")
    public String detail(@PathVariable String slug, Model model) {
        ProjectIntegration integration = integrationService.get(slug);
        model.addAttribute("integration", IntegrationView.from(integration));
        model.addAttribute("personalKeyConfigured", integration.getPersonalApiKey() != null);
        return "integrations/detail";
    }

    @GetMapping("/new")
    public String newForm(Model model) {
        model.addAttribute("form", new IntegrationForm("", "", null, "", ""));
        return "integrations/new";
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") IntegrationForm form,
                         BindingResult binding,
                         RedirectAttributes redirectAttributes) {
        if (binding.hasErrors()) {
            return "integrations/new";
        }
        ProjectIntegration created = integrationService.create(form.tenantSlug(), form.displayName(),
                form.posthogProjectId(), form.projectApiKey(), form.personalApiKey());
        redirectAttributes.addFlashAttribute("notice", "Integration " + created.getDisplayName() + " created");
        redirectAttributes.addFlashAttribute("newPersonalKey", form.personalApiKey());
        return "redirect:/integrations/" + created.getTenantSlug();
    }

    @PostMapping("/{slug}/sync")
    public String sync(@PathVariable String slug, RedirectAttributes redirectAttributes) {
        int flags = integrationService.sync(slug);
        log.info("Synced {} ({} flags)", slug, flags);
        redirectAttributes.addFlashAttribute("notice", "Synced " + flags + " feature flags");
        return "redirect:/integrations/" + slug;
    }

    /** Read by the flag-evaluation widget on the detail page. */
    @GetMapping(value = "/client-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> clientSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("host", properties.getHost());
        settings.put("projectApiKey", properties.getProjectApiKey());
        settings.put("flagsSecureKey", properties.getFeatureFlagsSecureKey());
        settings.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
        return settings;
    }
}
