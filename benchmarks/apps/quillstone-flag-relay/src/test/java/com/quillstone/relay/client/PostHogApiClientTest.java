package com.quillstone.relay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostHogApiClientTest {

    private static final String TEST_KEY = "phx_test_personal_api_key";
    private static final String PADDED_KEY = "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    /** Captured from the staging OAuth flow while debugging QS-297; used to replay the refresh. */
    private static final String RECORDED_REFRESH_TOKEN = "phr_egEbvAaV1vEOCvKPhwcl2bLzHsyVLcKkQMkmtouzJjq";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private PostHogApiClient client(String key) {
        return new PostHogApiClient(new OkHttpClient(), new ObjectMapper(), server.url("/").toString(), 4242L, key);
    }

    @Test
    void sendsBearerAndParsesFlags() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"results\":[{\"id\":1,\"key\":\"new-checkout\",\"active\":true}]}"));

        List<PostHogApiClient.FlagDefinition> flags = client(TEST_KEY).listFlags();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TEST_KEY);
        assertThat(request.getPath()).isEqualTo("/api/projects/4242/feature_flags/");
        assertThat(flags).extracting(PostHogApiClient.FlagDefinition::key).containsExactly("new-checkout");
    }

    @Test
    void failsOnUnauthorized() {
        server.enqueue(new MockResponse().setResponseCode(401));

        assertThatThrownBy(() -> client(PADDED_KEY).listFlags())
                .isInstanceOf(PostHogApiException.class)
                .extracting("upstreamStatus").isEqualTo(401);
    }

    @Test
    void refreshTokenIsNotAPersonalKey() {
        assertThat(RECORDED_REFRESH_TOKEN).startsWith("phr_");
    }
}
