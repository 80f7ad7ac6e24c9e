package com.brindlewood.flagdesk.posthog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.brindlewood.flagdesk.posthog.PrivateApiClient.FlagDefinition;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivateApiClientTest {

    private static final String OAUTH_ACCESS_TOKEN = "pha_CBCdViwtWkZvhEzutHuxZweamJjrqNAMeRPdkPXTBfyq";
    private static final String FIXTURE = """
            {"next": null, "results": [
              {"id": 11, "key": "new-checkout", "name": "New checkout", "active": true, "rollout_percentage": 25},
              {"id": 12, "key": "legacy-search", "name": "Legacy search", "active": false, "rollout_percentage": null}
            ]}
            """;

    private final AtomicReference<String> seenAuthorization = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/projects/48213/feature_flags/", exchange -> {
            seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = FIXTURE.getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void listsFlagsWithBearerToken() {
        PrivateApiClient client = new PrivateApiClient(baseUrl(), "48213", OAUTH_ACCESS_TOKEN, false);
        List<FlagDefinition> flags = client.listFlags();
        assertEquals(2, flags.size());
        assertEquals("new-checkout", flags.get(0).key());
        assertEquals("Bearer " + OAUTH_ACCESS_TOKEN, seenAuthorization.get());
    }

    @Test
    void unknownProjectFails() {
        PrivateApiClient client = new PrivateApiClient(baseUrl(), "99999", OAUTH_ACCESS_TOKEN, false);
        assertThrows(PostHogApiException.class, client::listFlags);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
