package com.northwind.flagdesk.web;

import com.northwind.flagdesk.client.PostHogApiClient;
import com.northwind.flagdesk.client.PostHogApiClient.FlagDefinition;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.domain.FlagAuditEntry;
import com.northwind.flagdesk.domain.FlagAuditRepository;
import com.posthog.server.PostHogInterface;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/flags")
public class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final PostHogApiClient api;
    private final PostHogProperties properties;
    private final FlagAuditRepository audits;
    private final PostHogInterface postHog;

    public DashboardController(PostHogApiClient api, PostHogProperties properties,
                               FlagAuditRepository audits, PostHogInterface postHog) {
        this.api = api;
        this.properties = properties;
        this.audits = audits;
        this.postHog = postHog;
    }

    @GetMapping
    public String dashboard(@RequestParam(name = "q", required = false) String query, Model model) {
        List<FlagDefinition> flags = api.listFeatureFlags();
        if (StringUtils.hasText(query)) {
            List<String> tokens = tokenize(query);
            log.debug("Filtering {} flags by search tokens {}", flags.size(), tokens);
            flags = flags.stream().filter(flag -> matchesAll(flag, tokens)).toList();
        }
        model.addAttribute("flags", flags);
        model.addAttribute("query", query);
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("personalKeyHint", mask(properties.getPersonalApiKey()));
        model.addAttribute("recentAudits", audits.findTop20ByOrderByCreatedAtDesc());
        return "dashboard";
    }

    /**
     * Settings page for admins; shows the key so they can paste it into the flagdesk CLI.
     */
    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("projectId", properties.getProjectId());
        model.addAttribute("posthogHost", properties.getPrivateApiHost());
        model.addAttribute("personalApiKey", properties.getPersonalApiKey());
        return "settings";
    }

    @GetMapping("/{flagId}/open")
    public String openInPostHog(@PathVariable long flagId, Principal principal) {
        audits.save(FlagAuditEntry.opened(flagId, principal.getName()));
        postHog.capture(principal.getName(), "flagdesk_flag_opened");
        String target = UriComponentsBuilder.fromHttpUrl(properties.getPrivateApiHost())
                .path("/project/{projectId}/feature_flags/{flagId}")
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .buildAndExpand(properties.getProjectId(), flagId)
                .toUriString();
        return "redirect:" + target;
    }

    private static List<String> tokenize(String query) {
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .filter(part -> !part.isBlank())
                .toList();
    }

    private static boolean matchesAll(FlagDefinition flag, List<String> tokens) {
        String haystack = (flag.key() + " " + Objects.toString(flag.name(), "")).toLowerCase(Locale.ROOT);
        return tokens.stream().allMatch(haystack::contains);
    }

    private static String mask(String key) {
        if (!StringUtils.hasText(key) || key.length() < 12) {
            return "not configured";
        }
        return key.substring(0, 4) + "****";
    }
}
