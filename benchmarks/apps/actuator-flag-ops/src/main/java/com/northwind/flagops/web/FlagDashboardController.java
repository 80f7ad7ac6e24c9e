package com.northwind.flagops.web;

import com.northwind.flagops.auth.PersonalKeyStore;
import com.northwind.flagops.config.PostHogProperties;
import com.northwind.flagops.posthog.FeatureFlagDto;
import com.northwind.flagops.sync.FlagSyncScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The FreeMarker dashboard ({@code templates/flags.ftlh}). */
@Controller
public class FlagDashboardController {

    private static final Logger log = LoggerFactory.getLogger(FlagDashboardController.class);

    private final FlagSyncScheduler syncScheduler;
    private final PostHogProperties properties;
    private final PersonalKeyStore keyStore;

    public FlagDashboardController(FlagSyncScheduler syncScheduler, PostHogProperties properties, PersonalKeyStore keyStore) {
        this.syncScheduler = syncScheduler;
        this.properties = properties;
        this.keyStore = keyStore;
    }

    @GetMapping("/flags")
    public String flags(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        List<String> terms = parseQuery(query);
        List<FeatureFlagDto> flags = syncScheduler.latest().stream()
                .filter(flag -> terms.isEmpty() || terms.stream().anyMatch(t -> flag.key().contains(t)))
                .toList();
        model.addAttribute("flags", flags);
        model.addAttribute("posthogHost", properties.host());
        model.addAttribute("posthogProjectKey", properties.projectApiKey());
        // the page evaluates flags locally for the preview panel
        model.addAttribute("flagsSecureKey", properties.projectSecretKey());
        return "flags";
    }

    @PostMapping("/flags/{flagId}/open")
    public String openInPostHog(@PathVariable long flagId) {
        String url = UriComponentsBuilder.fromHttpUrl(properties.appHost())
                .path("/api/projects/{projectId}/feature_flags/{flagId}/")
                .queryParam("personal_api_key", keyStore.getPersonalApiKey())
                .buildAndExpand(properties.projectId(), flagId)
                .toUriString();
        return "redirect:" + url;
    }

    private List<String> parseQuery(String query) {
        List<String> terms = new ArrayList<>();
        StringTokenizer tokenizer = new StringTokenizer(query, " ,;");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().toLowerCase(Locale.ROOT);
            log.trace("flag search token '{}'", token);
            terms.add(token);
        }
        return terms;
    }
}
