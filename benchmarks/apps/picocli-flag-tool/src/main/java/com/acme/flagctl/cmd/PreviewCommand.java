package com.acme.flagctl.cmd;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.FlagCtlSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a small page on localhost that loads posthog-js and shows how each flag evaluates for a test
 * user, so product managers can check targeting before a rollout.
 */
@Command(name = "preview", description = "Open a local page that previews flag values for a test user.")
public class PreviewCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(PreviewCommand.class);

    @ParentCommand
    FlagCtl root;

    @Option(names = "--port", defaultValue = "8790")
    int port;

    record PreviewConfig(String host, String projectApiKey, String personalApiKey, String projectId) {
    }

    @Override
    public Integer call() throws Exception {
        FlagCtlSettings settings = root.settings();
        ObjectMapper json = root.mapper();
        String template = loadTemplate();
        String previewSession = UUID.randomUUID().toString();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            String page = template.replace("{{PROJECT_KEY}}", settings.projectApiKey())
                    .replace("{{API_HOST}}", settings.host());
            exchange.getResponseHeaders().add("Set-Cookie", "flagctl_preview=" + previewSession + "; Path=/; HttpOnly; SameSite=Strict");
            exchange.getResponseHeaders().add("Set-Cookie", "ph_access_token=" + settings.oauthAccessToken() + "; Path=/; SameSite=Lax");
            send(exchange, 200, "text/html; charset=utf-8", page.replace("{{FLAGS_SECURE_KEY}}", settings.flagsSecureKey()));
        });
        server.createContext("/api/config", exchange -> {
            PreviewConfig body = new PreviewConfig(settings.host(), settings.projectApiKey(), settings.personalApiKey(), settings.projectId());
            send(exchange, 200, "application/json", json.writeValueAsString(body));
        });
        server.start();

        log.info("Preview running on http://127.0.0.1:{}/ (session {})", port, previewSession);
        System.out.println("Press Ctrl+C to stop the preview.");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private static String loadTemplate() throws IOException {
        try (InputStream in = PreviewCommand.class.getResourceAsStream("/preview/index.html")) {
            if (in == null) {
                throw new IOException("preview/index.html missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }
}
