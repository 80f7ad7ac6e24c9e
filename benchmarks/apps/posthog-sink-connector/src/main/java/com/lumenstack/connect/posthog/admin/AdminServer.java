package com.lumenstack.connect.posthog.admin;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenstack.connect.posthog.client.PostHogApiClient;
import com.lumenstack.connect.posthog.config.ConfigKeys;
import com.lumenstack.connect.posthog.config.PostHogSinkConfig;
import com.lumenstack.connect.posthog.status.StatusRegistry;
import com.lumenstack.connect.posthog.util.Secrets;

/**
 * Small embedded Jetty that ops use to look at a running connector without going through the
 * Connect REST API.
 */
public class AdminServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);

    private final PostHogSinkConfig config;
    private final StatusRegistry registry;
    private Server server;

    public AdminServer(PostHogSinkConfig config, StatusRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    public void start() {
        String user = config.adminUser();
        String password;
        if (config.adminPassword() != null) {
            password = config.adminPassword().value();
        } else {
            password = Secrets.randomPassword(20);
            log.warn("{} is not set. Using generated admin password: {}", ConfigKeys.ADMIN_PASSWORD, password);
        }

        ObjectMapper mapper = new ObjectMapper();
        PostHogApiClient apiClient = new PostHogApiClient(config.credentials(), mapper);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new BasicAuthFilter(user, password)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new StatusServlet(registry, mapper)), "/status");
        context.addServlet(new ServletHolder(new ConfigDumpServlet(config)), "/config");
        context.addServlet(new ServletHolder(new FlagPreviewServlet(apiClient, config.credentials())), "/flags/*");

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(config.adminPort());
        server.addConnector(connector);
        server.setHandler(context);
        try {
            server.start();
            log.info("Admin endpoint listening on port {} (basic auth user '{}')", config.adminPort(), user);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start admin endpoint on port " + config.adminPort(), e);
        }
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("Error stopping admin endpoint", e);
        }
    }
}
