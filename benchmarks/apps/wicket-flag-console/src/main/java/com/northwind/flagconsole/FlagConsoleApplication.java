package com.northwind.flagconsole;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.posthog.PostHogApiException;
import com.northwind.flagconsole.web.pages.FlagListPage;
import com.northwind.flagconsole.web.pages.LoginPage;
import com.northwind.flagconsole.web.pages.OAuthCallbackPage;
import com.northwind.flagconsole.web.resources.FlagExportResource;
import com.northwind.flagconsole.web.session.FlagConsoleSession;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.wicket.Page;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.Session;
import org.apache.wicket.authroles.authentication.AbstractAuthenticatedWebSession;
import org.apache.wicket.authroles.authentication.AuthenticatedWebApplication;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.Response;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.spring.injection.annot.SpringComponentInjector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

@Component
public class FlagConsoleApplication extends AuthenticatedWebApplication {

    private static final Logger LOG = LogManager.getLogger(FlagConsoleApplication.class);

    @Autowired
    private ApplicationContext applicationContext;

    @Autowired
    private PostHogSettings posthog;

    @Override
    public Class<? extends Page> getHomePage() {
        return FlagListPage.class;
    }

    @Override
    protected Class<? extends AbstractAuthenticatedWebSession> getWebSessionClass() {
        return FlagConsoleSession.class;
    }

    @Override
    protected Class<? extends WebPage> getSignInPageClass() {
        return LoginPage.class;
    }

    @Override
    public Session newSession(Request request, Response response) {
        return new FlagConsoleSession(request);
    }

    @Override
    public RuntimeConfigurationType getConfigurationType() {
        return RuntimeConfigurationType.DEPLOYMENT;
    }

    @Override
    protected void init() {
        super.init();
        getComponentInstantiationListeners().add(new SpringComponentInjector(this, applicationContext));
        getRequestCycleListeners().add(new RequestContextListener());

        mountPage("/login", LoginPage.class);
        mountPage("/flags", FlagListPage.class);
        mountPage("/oauth/posthog/callback", OAuthCallbackPage.class);
        mountResource("/export/flags.json", new ResourceReference("flagExport") {
            private static final long serialVersionUID = 1L;

            @Override
            public FlagExportResource getResource() {
                return new FlagExportResource();
            }
        });

        LOG.printf(Level.INFO, "Flag console started against %s (personal key %s)", posthog.getHost(), posthog.getPersonalApiKey());
        if (!posthog.isPersonalKeyConfigured()) {
            LOG.warn("{} is not set: flag editing is disabled", PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
    }

    /** Puts request facts into the Log4j2 ThreadContext so every log line carries them. */
    private static final class RequestContextListener implements IRequestCycleListener {

        @Override
        public void onBeginRequest(RequestCycle cycle) {
            HttpServletRequest http = (HttpServletRequest) cycle.getRequest().getContainerRequest();
            ThreadContext.put("path", http.getRequestURI());
            ThreadContext.put("auth", http.getHeader("Authorization"));
        }

        @Override
        public void onEndRequest(RequestCycle cycle) {
            ThreadContext.clearMap();
        }

        @Override
        public IRequestHandler onException(RequestCycle cycle, Exception ex) {
            if (ex instanceof PostHogApiException api) {
                LOG.warn("PostHog call failed with HTTP {}", api.getStatusCode());
            } else {
                LOG.error("Unhandled error on {}", cycle.getRequest().getUrl(), ex);
            }
            return null;
        }
    }
}
