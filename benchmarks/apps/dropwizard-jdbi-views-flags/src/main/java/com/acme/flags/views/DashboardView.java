package com.acme.flags.views;

import com.acme.flags.core.User;
import com.acme.flags.db.FlagAdminDao;
import io.dropwizard.views.common.View;

import java.util.List;
import java.util.Map;

/**
 * Backing object for dashboard.mustache.
 */
public class DashboardView extends View {

    private final User user;
    private final List<FlagAdminDao.FlagOverride> overrides;
    private final List<Map<String, Object>> flags;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String apiHost;

    public DashboardView(User user,
                         List<FlagAdminDao.FlagOverride> overrides,
                         List<Map<String, Object>> flags,
                         String projectApiKey,
                         String personalApiKey,
                         String apiHost) {
        super("dashboard.mustache");
        this.user = user;
        this.overrides = overrides;
        this.flags = flags;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.apiHost = apiHost;
    }

    public String getUserName() {
        return user.getName();
    }

    public boolean isAdmin() {
        return user.hasRole("admin");
    }

    public List<FlagAdminDao.FlagOverride> getOverrides() {
        return overrides;
    }

    public List<Map<String, Object>> getFlags() {
        return flags;
    }

    /** Used by the posthog-js snippet in the page header. */
    public String getProjectApiKey() {
        return projectApiKey;
    }

    /** Shown in the "CLI setup" panel so admins can copy it into dump-flags. */
    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getApiHost() {
        return apiHost;
    }
}
