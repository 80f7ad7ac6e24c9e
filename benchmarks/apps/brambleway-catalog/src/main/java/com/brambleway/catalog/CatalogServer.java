package com.brambleway.catalog;

import com.brambleway.catalog.analytics.EventTracker;
import com.brambleway.catalog.analytics.FlagsApi;
import com.brambleway.catalog.analytics.PostHogClients;
import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.dao.AdminUserDao;
import com.brambleway.catalog.dao.ProductDao;
import com.brambleway.catalog.filter.AdminAuthFilter;
import com.brambleway.catalog.filter.RequestLogFilter;
import com.brambleway.catalog.filter.SessionListener;
import com.brambleway.catalog.resource.AdminResource;
import com.brambleway.catalog.resource.ConfigResource;
import com.brambleway.catalog.resource.HealthResource;
import com.brambleway.catalog.resource.ProductResource;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.StaticHttpHandler;
import org.glassfish.grizzly.servlet.FilterRegistration;
import org.glassfish.grizzly.servlet.ServletRegistration;
import org.glassfish.grizzly.servlet.WebappContext;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.mvc.freemarker.FreemarkerMvcFeature;
import org.glassfish.jersey.servlet.ServletContainer;

public final class CatalogServer {

    private static final Logger LOG = Logger.getLogger(CatalogServer.class.getName());

    private CatalogServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        CatalogConfig config = CatalogConfig.load();
        if (config.devMode()) {
            System.out.println("Loaded configuration: " + config);
        }
        LOG.info("PostHog settings: " + config.describe());

        ProductDao products = new ProductDao(config.dbUrl(), config.dbUser(), config.dbPassword());
        AdminUserDao adminUsers = new AdminUserDao(config.dbUrl(), config.dbUser(), config.dbPassword());
        PostHogClients flags = new PostHogClients(config);
        EventTracker tracker = new EventTracker(config);

        ResourceConfig resources = new ResourceConfig()
                .register(new ProductResource(products, config, flags))
                .register(new AdminResource(config, new FlagsApi(config), tracker, products))
                .register(new ConfigResource(config))
                .register(new HealthResource(config))
                .register(JacksonFeature.class)
                .register(FreemarkerMvcFeature.class)
                .property(FreemarkerMvcFeature.TEMPLATE_BASE_PATH, "templates");

        HttpServer server = HttpServer.createSimpleServer(null, config.port());
        server.getServerConfiguration().addHttpHandler(new StaticHttpHandler("static"), "/static");

        WebappContext context = new WebappContext("brambleway-catalog", "");
        context.addListener(SessionListener.class);
        FilterRegistration requestLog = context.addFilter("requestLog", new RequestLogFilter());
        requestLog.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), "/*");
        FilterRegistration adminAuth = context.addFilter("adminAuth", new AdminAuthFilter(adminUsers));
        adminAuth.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), "/admin/*");
        ServletRegistration jersey = context.addServlet("jersey", new ServletContainer(resources));
        jersey.addMapping("/*");
        context.deploy(server);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            flags.close();
            tracker.close();
            server.shutdownNow();
        }));
        server.start();
        LOG.info("Catalog listening on port " + config.port());
        Thread.currentThread().join();
    }
}
