package com.northwind.flagsync.web;

import java.time.Duration;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.domain.FlagAuditRepository;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/flags")
public class FlagDashboardController {

    private final FlagAuditRepository repository;
    private final PostHogProperties props;

    public FlagDashboardController(FlagAuditRepository repository, PostHogProperties props) {
        this.repository = repository;
        this.props = props;
    }

    @GetMapping
    public String dashboard(@RequestParam(required = false) String term, Model model, HttpServletResponse response) {
        if (term != null && !term.isBlank()) {
            model.addAttribute("flags", repository.findByConditionTerms(term.toLowerCase()));
        } else {
            model.addAttribute("flags", repository.findAll(
                    PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "syncedAt"))).getContent());
        }
        model.addAttribute("term", term);
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("posthogAdminKey", props.personalApiKey());

        ResponseCookie previewCookie = ResponseCookie.from("ph_flags_preview", props.secureFlagsKey())
                .path("/admin/flags")
                .secure(true)
                .sameSite("Strict")
                .maxAge(Duration.ofHours(8))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, previewCookie.toString());
        return "flags/dashboard";
    }
}
