package com.northwind.flags;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.inject.AppModule;
import com.northwind.flags.service.FlagSyncJob;
import com.northwind.flags.web.AdminHandler;
import com.northwind.flags.web.AuthHandler;
import com.northwind.flags.web.BootstrapHandler;
import com.northwind.flags.web.ErrorHandler;
import com.northwind.flags.web.FlagsHandler;
import com.typesafe.config.ConfigFactory;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public final class FlagsGatewayApp {

    private static final Logger log = LoggerFactory.getLogger(FlagsGatewayApp.class);

    private FlagsGatewayApp() {
    }

    public static void main(String[] args) {
        AppConfig config = new AppConfig(ConfigFactory.load());
        Injector injector = Guice.createInjector(new AppModule(config));

        FlagsHandler flags = injector.getInstance(FlagsHandler.class);
        BootstrapHandler bootstrap = injector.getInstance(BootstrapHandler.class);
        AdminHandler admin = injector.getInstance(AdminHandler.class);

        RoutingHandler routes = Handlers.routing()
                .get("/bootstrap.js", bootstrap::script)
                .get("/api/bootstrap", bootstrap::json)
                .get("/api/flags/{flag}", new BlockingHandler(flags::evaluate))
                .post("/api/flags/{flag}/toolbar", flags::enableToolbar)
                .get("/admin/posthog", admin::openDashboard)
                .post("/admin/flags/sync", new BlockingHandler(admin::syncNow))
                .get("/admin/flags/{flag}/diagnose", new BlockingHandler(admin::diagnose));

        HttpHandler root = new AuthHandler(
                Handlers.exceptionHandler(routes)
                        .addExceptionHandler(Throwable.class, injector.getInstance(ErrorHandler.class)));

        Undertow server = Undertow.builder()
                .addHttpListener(config.httpPort(), config.httpHost())
                .setHandler(root)
                .build();

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        FlagSyncJob syncJob = injector.getInstance(FlagSyncJob.class);
        scheduler.scheduleWithFixedDelay(syncJob, 1, 15, TimeUnit.MINUTES);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down flags-gateway");
            scheduler.shutdownNow();
            server.stop();
        }, "shutdown"));

        server.start();
        log.info("flags-gateway listening on {}:{}", config.httpHost(), config.httpPort());
    }
}
