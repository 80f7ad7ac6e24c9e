package com.northwind.cohorts.status;

import com.northwind.cohorts.config.JobConstants;
import com.northwind.cohorts.config.JobSettings;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.typesafe.config.Config;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Small status page on the driver, so the on-call can see what the nightly run is doing. */
public final class StatusServer implements AutoCloseable {

    private static final Logger log = LogManager.getLogger(StatusServer.class);

    private final HttpServer server;
    private final AtomicReference<String> phase = new AtomicReference<>("starting");

    public StatusServer(JobSettings settings, Config config) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(settings.getStatusPort()), JobConstants.STATUS_BACKLOG);
        Optional.ofNullable(config.hasPath("status.admin-token") ? config.getString("status.admin-token") : null)
                .ifPresent(t -> log.info("Status admin endpoints enabled with token {}", t));

        server.createContext("/health", new HealthHandler(settings, phase)).getFilters().add(accessLog());
        server.createContext("/config", new ConfigHandler(settings)).getFilters().add(accessLog());
        server.createContext("/dashboard", new DashboardRedirectHandler(settings)).getFilters().add(accessLog());
        server.createContext("/flags", new FlagsProxyHandler(settings.credentials())).getFilters().add(accessLog());
        server.setExecutor(Executors.newFixedThreadPool(2));
    }

    private static Filter accessLog() {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                long start = System.nanoTime();
                chain.doFilter(exchange);
                log.info("{} {} {} auth={} {}ms",
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        exchange.getResponseCode(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        (System.nanoTime() - start) / 1_000_000);
            }

            @Override
            public String description() {
                return "access log";
            }
        };
    }

    public void start() {
        server.start();
        log.info("Status page on port {}", server.getAddress().getPort());
    }

    public void phase(String value) {
        phase.set(value);
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
