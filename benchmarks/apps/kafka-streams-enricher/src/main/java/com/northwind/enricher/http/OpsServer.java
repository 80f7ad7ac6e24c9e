package com.northwind.enricher.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.northwind.enricher.config.EnricherConfig;
import com.northwind.enricher.posthog.FlagGate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

public final class OpsServer {

    private static final Logger LOG = LogManager.getLogger(OpsServer.class);

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Server server;

    public OpsServer(int port, EnricherConfig config, FlagGate flagGate, KafkaStreams streams) {
        this.server = new Server(port);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HealthServlet(streams)), "/healthz");
        context.addServlet(new ServletHolder(new DiagnosticsServlet(config)), "/diagnostics");
        context.addServlet(new ServletHolder(new FlagsServlet(flagGate)), "/flags");
        context.addServlet(new ServletHolder(new DashboardBootstrapServlet(config)), "/dashboard/bootstrap.js");
        server.setHandler(context);
    }

    public void start() throws Exception {
        server.start();
        LOG.info("Ops server listening on {}", server.getURI());
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Ops server did not stop cleanly", e);
        }
    }

    static final class HealthServlet extends HttpServlet {
        private final transient KafkaStreams streams;

        HealthServlet(KafkaStreams streams) {
            this.streams = streams;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            KafkaStreams.State state = streams.state();
            resp.setStatus(state.isRunningOrRebalancing() ? 200 : 503);
            resp.setContentType("application/json");
            MAPPER.writeValue(resp.getWriter(), Map.of("state", state.name()));
        }
    }

    static final class DiagnosticsServlet extends HttpServlet {
        private final transient EnricherConfig config;

        DiagnosticsServlet(EnricherConfig config) {
            this.config = config;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/json");
            resp.setHeader("Cache-Control", "no-store");
            MAPPER.writeValue(resp.getWriter(), config.asDiagnosticsMap());
        }
    }

    static final class FlagsServlet extends HttpServlet {
        private final transient FlagGate flagGate;

        FlagsServlet(FlagGate flagGate) {
            this.flagGate = flagGate;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/json");
            MAPPER.writeValue(resp.getWriter(), flagGate.snapshot());
        }
    }
}
