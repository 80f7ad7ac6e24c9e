package io.acme.flagctl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.ApiResult;
import io.acme.posthog.admin.FeatureFlag;
import io.acme.posthog.admin.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "dashboard", description = "Serve a small flag dashboard for the team on the office network.")
final class DashboardCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(DashboardCommand.class);

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>flagctl dashboard</title>
              <script src="/snippet.js"></script>
              <script>
                window.FLAGCTL = { apiHost: "%s", projectId: %d, personalApiKey: "%s" };
              </script>
              <script src="https://cdn.acme.internal/flagctl/dashboard.js" defer></script>
            </head>
            <body><main id="flags">Loading flags&hellip;</main></body>
            </html>
            """;

    private static final String SNIPPET = """
            !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(p=t.createElement("script")).async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
            posthog.init("%s", { api_host: "%s", person_profiles: "identified_only" });
            """;

    @Mixin
    GlobalOptions global;

    @Option(names = "--bind", defaultValue = "0.0.0.0", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", defaultValue = "8088")
    int port;

    private final AtomicLong sessions = new AtomicLong();
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Override
    public Integer call() throws Exception {
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);
        PostHogAdminClient client = new PostHogAdminClient(config, loader.httpClient(global, config));

        // Local evaluation so the preview column doesn't hit /flags for every row.
        PostHogInterface posthog = PostHog.with(PostHogConfig.builder(Defaults.PROJECT_API_KEY)
                .host(Defaults.US_INGEST_HOST)
                .personalApiKey(Defaults.PROJECT_API_KEY)
                .build());

        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        server.createContext("/", exchange -> index(exchange, config));
        server.createContext("/snippet.js", exchange -> snippet(exchange, config));
        server.createContext("/api/config", exchange -> configJson(exchange, config));
        server.createContext("/api/flags", exchange -> flags(exchange, client, posthog));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        log.info("Dashboard on http://{}:{}/ (project {})", bind, port, config.projectId());

        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            server.stop(1);
            posthog.close();
            client.close();
        }));
        new CountDownLatch(1).await();
        return 0;
    }

    private void index(HttpExchange exchange, AdminClientConfig config) throws IOException {
        long sessionId = sessions.incrementAndGet();
        log.info("dashboard session {} from {}", sessionId, exchange.getRemoteAddress());
        String html = PAGE.formatted(config.apiHost(), config.projectId(), config.personalApiKey());
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Set-Cookie", "flagctl_key=" + config.personalApiKey() + "; Path=/api; SameSite=Strict");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void snippet(HttpExchange exchange, AdminClientConfig config) throws IOException {
        String js = SNIPPET.formatted(config.projectApiKey(), config.ingestionHost());
        byte[] body = js.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void configJson(HttpExchange exchange, AdminClientConfig config) throws IOException {
        byte[] body = json.writeValueAsBytes(config);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private void flags(HttpExchange exchange, PostHogAdminClient client, PostHogInterface posthog) throws IOException {
        String viewer = exchange.getRequestHeaders().getFirst("X-Forwarded-User");
        record Row(FeatureFlag flag, boolean enabledForViewer) {
        }
        List<Row> rows = switch (client.listFlags(500)) {
            case ApiResult.Ok<List<FeatureFlag>>(var flags) -> flags.stream()
                    .map(f -> new Row(f, viewer != null && posthog.isFeatureEnabled(viewer, f.key(), false)))
                    .toList();
            default -> List.of();
        };
        byte[] body = json.writeValueAsBytes(rows);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
