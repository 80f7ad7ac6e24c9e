package com.northwind.inventory.web;

import com.northwind.inventory.config.PostHogProperties;
import com.northwind.inventory.service.FeatureFlagService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class DashboardController {

    private final PostHogProperties props;
    private final FeatureFlagService featureFlagService;
    private final JdbcTemplate jdbcTemplate;

    public DashboardController(PostHogProperties props, FeatureFlagService featureFlagService,
                               JdbcTemplate jdbcTemplate) {
        this.props = props;
        this.featureFlagService = featureFlagService;
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model, HttpSession session, HttpServletResponse response) {
        String distinctId = "session-" + Integer.toHexString(session.getId().hashCode());
        List<Map<String, Object>> items = jdbcTemplate.queryForList("select sku, quantity from stock_item order by sku");

        model.addAttribute("items", items);
        model.addAttribute("flags", featureFlagService.flagsFor(distinctId));
        model.addAttribute("posthogProjectKey", props.getApiKey());
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("flagsKey", props.getSecureKey());

        response.addCookie(new Cookie("ph_flags_key", props.getSecureKey()));
        return "dashboard";
    }
}
