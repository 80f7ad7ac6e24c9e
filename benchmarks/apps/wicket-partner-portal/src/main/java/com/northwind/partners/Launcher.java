package com.northwind.partners;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.apache.wicket.protocol.http.WicketFilter;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

/**
 * Embedded Jetty entry point ({@code java -jar wicket-partner-portal.jar}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        System.out.println("Starting partner portal on port " + port);
        if (Boolean.getBoolean("portal.printEnv")) {
            System.out.println("POSTHOG_PERSONAL_API_KEY=" + System.getenv("POSTHOG_PERSONAL_API_KEY"));
        }

        Server server = new Server(port);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");

        FilterHolder wicket = new FilterHolder(WicketFilter.class);
        wicket.setInitParameter("applicationClassName", PartnerPortalApplication.class.getName());
        wicket.setInitParameter(WicketFilter.FILTER_MAPPING_PARAM, "/*");
        wicket.setInitParameter("configuration", System.getProperty("wicket.configuration", "deployment"));
        context.addFilter(wicket, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));

        server.setHandler(context);
        server.start();
        server.join();
    }
}
