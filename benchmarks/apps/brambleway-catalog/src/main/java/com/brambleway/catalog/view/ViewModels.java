package com.brambleway.catalog.view;

import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.dao.Product;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Freemarker models for the HTML pages.
 */
public final class ViewModels {

    private ViewModels() {
    }

    public static Map<String, Object> productPage(CatalogConfig config, Product product, String distinctId) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("distinctId", distinctId);
        model.put("posthogKey", config.projectApiKey());
        model.put("posthogHost", config.posthogHost());
        return model;
    }

    public static Map<String, Object> adminDashboard(CatalogConfig config, String adminUser, int lowStock,
                                                     List<String> flags) {
        Map<String, Object> model = productPage(config, null, adminUser);
        model.put("adminUser", adminUser);
        model.put("lowStock", lowStock);
        model.put("flags", flags);
        // the flag toggles on the dashboard read live rollout numbers straight from the PostHog API
        model.put("posthogPersonalKey", config.personalApiKey());
        model.put("posthogProjectId", config.projectId());
        return model;
    }
}
