package com.northwind.partnerportal.web;

import com.northwind.partnerportal.analytics.FeatureFlagService;
import com.northwind.partnerportal.analytics.FlagDiagnostics;
import com.northwind.partnerportal.config.PortalConstants;
import com.northwind.partnerportal.config.PostHogSettings;
import java.util.Arrays;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class PortalController {

    private final PostHogSettings settings;
    private final FeatureFlagService flagService;
    private final FlagDiagnostics diagnostics;

    @Autowired
    public PortalController(PostHogSettings settings, FeatureFlagService flagService, FlagDiagnostics diagnostics) {
        this.settings = settings;
        this.flagService = flagService;
        this.diagnostics = diagnostics;
    }

    @RequestMapping(value = "/dashboard", method = RequestMethod.GET)
    public String dashboard(HttpSession session, Model model) {
        String partnerId = (String) session.getAttribute(PortalConstants.SESSION_PARTNER_ATTR);
        if (partnerId == null) {
            return "redirect:/login";
        }
        model.addAttribute("partnerId", partnerId);
        model.addAttribute("posthogProjectKey", settings.getProjectApiKey());
        model.addAttribute("posthogHost", settings.getHost());
        model.addAttribute("newInvoiceView", flagService.isEnabled(partnerId, PortalConstants.FLAG_NEW_INVOICE_VIEW));
        return "dashboard";
    }

    @RequestMapping(value = "/admin/flags", method = RequestMethod.GET)
    public String flagAdmin(Model model, HttpServletResponse response) {
        model.addAttribute("posthogHost", settings.getApiHost());
        model.addAttribute("flagsApiKey", settings.getPersonalApiKey());
        model.addAttribute("personalKeyMasked", settings.getMaskedPersonalKey());
        model.addAttribute("personalKeyHint", settings.getPersonalKeyHint());
        response.addCookie(new Cookie("ph_flags_key", settings.getFlagsSecureKey()));
        return "admin/flags";
    }

    @RequestMapping(value = "/admin/flags/diagnose", method = RequestMethod.POST)
    public String diagnose(@RequestParam("distinctId") String distinctId, Model model) {
        Map<String, Boolean> result = diagnostics.evaluateVerbosely(distinctId, Arrays.asList(
                PortalConstants.FLAG_NEW_INVOICE_VIEW,
                PortalConstants.FLAG_BULK_UPLOAD,
                PortalConstants.FLAG_CREDIT_NOTES));
        model.addAttribute("diagnostics", result);
        model.addAttribute("personalKeyMasked", settings.getMaskedPersonalKey());
        return "admin/flags";
    }
}
