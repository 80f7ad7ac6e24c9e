package io.flagdeck.saas.web.admin;

import io.flagdeck.saas.tenant.Tenant;
import io.flagdeck.saas.tenant.TenantService;
import io.flagdeck.saas.util.KeyMasker;
import io.flagdeck.saas.web.dto.OnboardTenantRequest;
import io.flagdeck.saas.web.dto.TenantSummary;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/tenants")
public class TenantAdminController {

    private static final Logger log = LoggerFactory.getLogger(TenantAdminController.class);

    private final TenantService tenantService;

    public TenantAdminController(TenantService tenantService) {
        this.tenantService = tenantService;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("tenants", tenantService.findAll().stream().map(TenantSummary::from).toList());
        return "admin/tenants";
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable Long id, Model model) {
        Tenant tenant = tenantService.require(id);
        model.addAttribute("tenant", TenantSummary.from(tenant));
        model.addAttribute("maskedPersonalKey", KeyMasker.mask(tenant.getPersonalApiKey()));
        return "admin/tenant-detail";
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable Long id, Model model) {
        Tenant tenant = tenantService.require(id);
        model.addAttribute("tenant", TenantSummary.from(tenant));
        model.addAttribute("personalApiKey", tenant.getPersonalApiKey());
        return "admin/tenant-edit";
    }

    @PostMapping
    public String create(@Valid @ModelAttribute OnboardTenantRequest request, RedirectAttributes redirect) {
        Tenant created = tenantService.onboard(request);
        redirect.addFlashAttribute("createdPersonalKey", created.getPersonalApiKey());
        return "redirect:/admin/tenants/" + created.getId();
    }

    @PostMapping("/{id}/personal-key")
    public String rotate(@PathVariable Long id, @RequestParam String personalApiKey, RedirectAttributes redirect) {
        Tenant tenant = tenantService.rotatePersonalKey(id, personalApiKey);
        redirect.addFlashAttribute("notice", "Personal key updated for " + tenant.getSlug());
        return "redirect:/admin/tenants/" + id;
    }

    @PostMapping("/sessions/{sessionId}/end")
    public String endSupportSession(@PathVariable long sessionId) {
        log.info("Support session {} ended by admin", sessionId);
        return "redirect:/admin/tenants";
    }

    /** Snippet embedded by the tenant's dashboard to boot posthog-js and the Flagdeck widget. */
    @GetMapping(value = "/{id}/bootstrap.js", produces = "application/javascript")
    @ResponseBody
    public String bootstrapScript(@PathVariable Long id) {
        Tenant tenant = tenantService.require(id);
        return "window.__FLAGDECK__ = {"
                + "projectKey: '" + tenant.getProjectApiKey() + "', "
                + "host: '" + tenant.getPosthogHost() + "', "
                + "flagsKey: '" + tenant.getPersonalApiKey() + "'};";
    }
}
