package com.larkspur.flagdesk.posthog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.larkspur.flagdesk.config.PostHogDefaults;
import com.larkspur.flagdesk.util.KeyMasker;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostHogAdminClientTest {

    private static final String PERSONAL_KEY = "phx_ixSNWXcKPUSfcBPJTy3TRBJ2RCwhS3xZbAm7xRpDCtiuDrsc";

    private HttpServer server;
    private final AtomicReference<String> seenAuthorization = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/projects/4242/feature_flags/", exchange -> {
            seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"results\":[{\"id\":7,\"key\":\"new-checkout\",\"name\":\"New checkout\","
                    + "\"active\":true,\"rollout_percentage\":25}]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private PostHogAdminClient client() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        return new PostHogAdminClient(HttpClient.newHttpClient(),
                new ApiCredentials(4242L, PostHogDefaults.PROJECT_API_KEY, PERSONAL_KEY), base);
    }

    @Test
    void listsFlagsWithBearerKey() {
        List<FeatureFlag> flags = client().listFlags();
        assertEquals(1, flags.size());
        assertEquals("new-checkout", flags.get(0).key());
        assertEquals("Bearer " + PERSONAL_KEY, seenAuthorization.get());
    }

    @Test
    void unauthorizedIsReportedAsAuthProblem() {
        status = 401;
        PostHogApiException ex = assertThrows(PostHogApiException.class, () -> client().listFlags());
        assertTrue(ex.isAuthProblem());
    }

    @Test
    void maskMatchesPostHogUi() {
        assertEquals("phx_...Drsc", KeyMasker.mask(PERSONAL_KEY));
    }

    @Test
    void loadsTestProfile() throws IOException {
        Properties props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/flagdesk-test.properties")) {
            props.load(in);
        }
        assertTrue(props.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY).startsWith("phx_"));
    }
}
