package com.northwind.relay.web;

import com.northwind.relay.config.PostHogProperties;
import com.northwind.relay.dto.AnalyticsConfigResponse;
import com.northwind.relay.service.AnalyticsConfigService;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/admin/analytics")
public class AnalyticsConfigController {

    private final AnalyticsConfigService configService;
    private final PostHogProperties props;

    public AnalyticsConfigController(AnalyticsConfigService configService, PostHogProperties props) {
        this.configService = configService;
        this.props = props;
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("posthogQueryKey", props.getPersonalApiKey());
        return "admin/analytics";
    }

    @GetMapping("/config")
    @ResponseBody
    public AnalyticsConfigResponse config() {
        return configService.currentConfig();
    }

    @GetMapping("/status")
    @ResponseBody
    public Map<String, Object> status() {
        boolean apiKey = StringUtils.hasText(props.getPersonalApiKey());
        return Map.of("host", props.getHost(), "projectId", props.getProjectId(), "apiKey", apiKey);
    }
}
