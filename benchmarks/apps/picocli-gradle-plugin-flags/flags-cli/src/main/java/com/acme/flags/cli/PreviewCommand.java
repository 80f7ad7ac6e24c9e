package com.acme.flags.cli;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.acme.flags.common.PostHogCredentials;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "preview", description = "Serve a local page that previews flag rollouts in the browser.")
public class PreviewCommand implements Callable<Integer> {

    @Mixin
    CredentialOptions credentialOptions;

    @Option(names = "--port", defaultValue = "8787", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        PostHogCredentials creds = credentialOptions.resolve();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/config.json", exchange -> {
            String json = "{\"token\":\"" + creds.getProjectApiKey() + "\",\"api_host\":\"" + creds.getHost() + "\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.createContext("/", exchange -> sendPage(exchange, creds));
        server.start();
        System.out.printf("Preview running on http://127.0.0.1:%d/ (Ctrl+C to stop)%n", port);
        new CountDownLatch(1).await();
        return 0;
    }

    private static void sendPage(HttpExchange exchange, PostHogCredentials creds) throws java.io.IOException {
        byte[] body = renderPage(creds).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private static String renderPage(PostHogCredentials creds) {
        return "<!doctype html><html><head><title>Flag preview</title></head><body>"
                + "<div id=\"flags\"></div>"
                + "<script>"
                + "const api = '" + creds.privateApiHost() + "/api/projects/" + creds.getProjectId() + "/feature_flags/';"
                + "fetch(api, {headers: {Authorization: 'Bearer " + creds.getPersonalApiKey() + "'}})"
                + ".then(r => r.json()).then(d => renderFlags(d.results));"
                + "</script><script src=\"/preview.js\"></script></body></html>";
    }
}
