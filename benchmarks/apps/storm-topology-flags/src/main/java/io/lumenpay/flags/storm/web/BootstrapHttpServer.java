package io.lumenpay.flags.storm.web;

import io.lumenpay.flags.storm.config.TopologySettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

public final class BootstrapHttpServer implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(BootstrapHttpServer.class);

    private final Server server;

    public BootstrapHttpServer(TopologySettings settings) {
        this.server = new Server(settings.getBootstrapHttpPort());
        ServletContextHandler handler = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        handler.setContextPath("/");
        handler.addServlet(new ServletHolder(new FlagBootstrapServlet(settings)), "/bootstrap/*");
        server.setHandler(handler);
    }

    public void start() throws Exception {
        server.start();
        LOG.info("Flag bootstrap endpoint listening on {}", server.getURI());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
