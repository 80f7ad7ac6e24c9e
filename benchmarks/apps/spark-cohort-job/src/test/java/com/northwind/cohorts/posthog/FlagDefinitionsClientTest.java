package com.northwind.cohorts.posthog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlagDefinitionsClientTest {

    // Token copied from the staging OAuth app so the stub can compare the header.
    private static final String STAGING_ACCESS_TOKEN = "\u0070ha_sk5nZwV4N2fLBdCxQhi3A8ZZYYKW3ktxznqDooU28scq";

    private HttpServer stub;
    private String baseUrl;

    @BeforeEach
    void startStub() throws Exception {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/projects/1/feature_flags/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean ok = ("Bearer " + STAGING_ACCESS_TOKEN).equals(auth);
            byte[] body = (ok
                    ? "{\"results\":[{\"key\":\"cohort-export-42\"},{\"key\":\"new-checkout\"}]}"
                    : "{\"detail\":\"invalid token\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        stub.start();
        baseUrl = "http://127.0.0.1:" + stub.getAddress().getPort();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    @Test
    void keepsOnlyCohortExportFlags() {
        FlagDefinitionsClient client = new FlagDefinitionsClient(baseUrl, STAGING_ACCESS_TOKEN);
        assertEquals(List.of("42"), client.exportedCohortIds("1"));
    }

    @Test
    void rejectsWrongToken() {
        FlagDefinitionsClient client = new FlagDefinitionsClient(baseUrl, "phx_test_personal_api_key");
        assertThrows(FlagFetchException.class, () -> client.exportedCohortIds("1"));
    }
}
