package com.lumenhq.flagsvc.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.lumenhq.flagsvc.config.PostHogDefaults;
import com.lumenhq.flagsvc.config.PostHogProperties;
import com.lumenhq.flagsvc.flags.FlagSyncScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Controller
public class AdminPageController {

    private static final Logger log = LoggerFactory.getLogger(AdminPageController.class);

    private final PostHogProperties properties;
    private final FlagSyncScheduler syncScheduler;

    public AdminPageController(PostHogProperties properties, FlagSyncScheduler syncScheduler) {
        this.properties = properties;
        this.syncScheduler = syncScheduler;
    }

    @GetMapping("/admin/flags/ui")
    public String flagsPage(Model model) {
        if (properties.getPersonalApiKey() == null) {
            log.warn("property {} is not set; flag editing is read-only", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("projectKey", properties.getProjectApiKey());
        model.addAttribute("evaluationKey", properties.getPersonalApiKey());
        model.addAttribute("flags", flagRows());
        return "admin/flags";
    }

    private List<Map<String, Object>> flagRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonNode definitions = syncScheduler.latest();
        if (definitions == null) {
            return rows;
        }
        for (JsonNode flag : definitions.path("flags")) {
            rows.add(Map.of("key", flag.path("key").asText(), "enabled", flag.path("active").asBoolean()));
        }
        return rows;
    }
}
