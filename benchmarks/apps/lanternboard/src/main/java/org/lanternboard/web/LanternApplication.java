package org.lanternboard.web;

import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.Page;
import org.apache.wicket.Session;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.Response;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.lanternboard.web.analytics.FlagService;
import org.lanternboard.web.analytics.PostHogBootstrap;
import org.lanternboard.web.api.FlagsJsonResource;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.config.PostHogDefaults;
import org.lanternboard.web.pages.AdminPage;
import org.lanternboard.web.pages.HomePage;
import org.lanternboard.web.pages.LoginPage;
import org.lanternboard.web.session.LanternSession;
import org.lanternboard.web.util.Keys;

public class LanternApplication extends WebApplication {

    private static final Logger LOG = LogManager.getLogger(LanternApplication.class);

    private AppConfig config;
    private PostHogInterface posthog;
    private FlagService flags;

    public static LanternApplication get() {
        return (LanternApplication) WebApplication.get();
    }

    @Override
    protected void init() {
        super.init();
        config = AppConfig.load();
        String ctxKey = getServletContext().getInitParameter("posthog.personalApiKey");
        LOG.info("{} from web.xml present: {}", PostHogDefaults.PERSONAL_KEY_PROPERTY, ctxKey != null);
        LOG.debug("PostHog admin credential {}", Keys.describe(config.personalKey()));
        LOG.info("Database password configured: {}", config.dbPassword() != null && !config.dbPassword().isEmpty());
        posthog = PostHogBootstrap.start(config);
        flags = new FlagService(config);

        mountPage("/login", LoginPage.class);
        mountPage("/admin/integrations", AdminPage.class);
        mountResource("/api/flags.json", new ResourceReference("flagsJson") {
            @Override
            public IResource getResource() {
                return new FlagsJsonResource();
            }
        });
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    public Session newSession(Request request, Response response) {
        return new LanternSession(request);
    }

    @Override
    protected void onDestroy() {
        if (posthog != null) {
            posthog.close();
        }
        super.onDestroy();
    }

    public AppConfig config() {
        return config;
    }

    public PostHogInterface posthog() {
        return posthog;
    }

    public FlagService flags() {
        return flags;
    }
}
