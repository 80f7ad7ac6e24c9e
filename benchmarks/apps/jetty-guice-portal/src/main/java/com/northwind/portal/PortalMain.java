package com.northwind.portal;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.servlet.GuiceFilter;
import com.google.inject.servlet.GuiceServletContextListener;
import com.northwind.portal.analytics.FlagSyncJob;
import com.northwind.portal.config.BuildInfo;
import com.northwind.portal.config.PortalModule;
import com.northwind.portal.config.PortalSettings;
import com.northwind.portal.util.Keys;
import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;

/** Entry point: embedded Jetty 12 (EE10) with Guice servlet routing and JSP views. */
public final class PortalMain {

    private static final Log LOG = LogFactory.getLog(PortalMain.class);

    private PortalMain() {
    }

    public static void main(String[] args) throws Exception {
        PortalSettings settings = PortalSettings.load();
        LOG.info("northwind-portal " + BuildInfo.VERSION + " starting with " + settings);
        LOG.info("PostHog personal API key " + Keys.mask(settings.getPersonalApiKey()));

        Injector injector = Guice.createInjector(new PortalModule(settings));

        Server server = new Server();
        ServerConnector http = new ServerConnector(server);
        http.setPort(Integer.getInteger("portal.http.port", 8080));
        server.addConnector(http);

        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setWar(System.getProperty("portal.webroot", "src/main/webapp"));
        webapp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/jakarta.servlet.jsp.jstl-.*\\.jar$|.*/jetty-jakarta-servlet-api-[^/]*\\.jar$");
        webapp.addEventListener(new GuiceServletContextListener() {
            @Override
            protected Injector getInjector() {
                return injector;
            }
        });
        webapp.addFilter(GuiceFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        server.setHandler(webapp);

        FlagSyncJob sync = injector.getInstance(FlagSyncJob.class);
        sync.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sync.close();
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("Jetty did not stop cleanly", e);
            }
        }, "portal-shutdown"));

        server.start();
        LOG.info("Listening on port " + http.getPort());
        server.join();
    }
}
