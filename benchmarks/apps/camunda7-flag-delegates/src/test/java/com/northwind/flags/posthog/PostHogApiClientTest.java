package com.northwind.flags.posthog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.support.KeyMasker;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class PostHogApiClientTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void sendsPersonalKeyAsBearer() {
        PostHogProperties props = new PostHogProperties();
        props.setApiHost("https://us.posthog.com");
        props.setPersonalApiKey(TEST_PERSONAL_KEY);
        PostHogApiClient client = new PostHogApiClient(props);
        RestTemplate restTemplate = (RestTemplate) ReflectionTestUtils.getField(client, "restTemplate");
        MockRestServiceServer server = MockRestServiceServer.bindTo(restTemplate).build();

        server.expect(requestTo("https://us.posthog.com/api/projects/1/feature_flags/new-checkout/"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(header("Authorization", "Bearer " + TEST_PERSONAL_KEY))
                .andRespond(withSuccess("{\"active\":true}", MediaType.APPLICATION_JSON));

        FlagRolloutResult result = client.patchRollout(
                new FlagRolloutRequest(1L, "new-checkout", 25, "tester", TEST_PERSONAL_KEY));

        assertThat(result.active()).isTrue();
        server.verify();
    }

    @Test
    void masksLikePostHog() {
        assertThat(KeyMasker.mask("phx_abcdefghijklmnopqrstuvwxyz1234")).isEqualTo("phx_...1234");
    }
}
