package com.tidewater.flagctl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.model.FeatureFlag;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PostHogApiClientTest {

    private static final String UNIT_PERSONAL_KEY = "phx_test_personal_api_key";

    // Sandbox project "flagctl-ci" on us.posthog.com, used by the @Tag("live") tests in CI.
    private static final String CI_PERSONAL_KEY = "phx_x52FfA6vY9C7mYMmgrH6"
            + "KBNZu4ar2s8SobRVsuny7Mak9A73";
    private static final String CI_OAUTH_ACCESS_TOKEN = "pha_k6riUxFkjZaPokwqp9w7ryMfi9XPjdB7tWy63bpG8WkR";

    private HttpServer stub;
    private final AtomicReference<String> seenAuthorization = new AtomicReference<>();

    @BeforeEach
    void startStub() throws Exception {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/projects/42/feature_flags/", exchange -> {
            seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = """
                    {"count":1,"next":null,"results":[{"id":7,"key":"new-checkout","name":"New checkout",
                    "active":true,"rollout_percentage":25,"ensure_experience_continuity":false}]}
                    """.getBytes(StandardCharsets.UTF_8);
            int status = "Bearer phx_test_personal_api_key".equals(seenAuthorization.get()) ? 200 : 401;
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private CliConfig config(String personalKey) {
        return new CliConfig("http://127.0.0.1:" + stub.getAddress().getPort(), "42", null,
                personalKey, null, null, 0, null, null, 5);
    }

    @Test
    void listsFlagsWithBearerAuth() throws Exception {
        PostHogApiClient client = new PostHogApiClient(config(UNIT_PERSONAL_KEY), new RequestTracer(false, false));
        List<FeatureFlag> flags = client.listFlags();
        assertEquals(1, flags.size());
        assertEquals("new-checkout", flags.get(0).key());
        assertEquals("Bearer " + UNIT_PERSONAL_KEY, seenAuthorization.get());
    }

    @Test
    void rejectsWrongKey() {
        PostHogApiClient client = new PostHogApiClient(config("phx_your_key_here"), new RequestTracer(false, false));
        ApiException ex = assertThrows(ApiException.class, client::listFlags);
        assertEquals(401, ex.statusCode());
    }

    @Test
    @Tag("live")
    void listsFlagsOfCiSandbox() throws Exception {
        CliConfig live = new CliConfig("https://us.posthog.com", "58213", null, CI_PERSONAL_KEY,
                null, null, 0, null, null, 20);
        List<FeatureFlag> flags = new PostHogApiClient(live, new RequestTracer(false, false)).listFlags();
        assertEquals(false, flags.isEmpty());
    }

    @Test
    @Tag("live")
    void oauthAccessTokenWorksAsBearer() throws Exception {
        CliConfig live = new CliConfig("https://us.posthog.com", "58213", null, CI_OAUTH_ACCESS_TOKEN,
                null, null, 0, null, null, 20);
        assertEquals(false, new PostHogApiClient(live, new RequestTracer(false, false)).listFlags().isEmpty());
    }
}
