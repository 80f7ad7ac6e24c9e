package com.northwind.flagassistant.posthog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.northwind.flagassistant.config.PostHogProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class PostHogApiClientTest {

    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    private MockRestServiceServer server;
    private PostHogApiClient client;

    @BeforeEach
    void setUp() {
        PostHogProperties properties = new PostHogProperties();
        properties.setHost("https://us.posthog.com");
        properties.setProjectId(1);
        properties.setProjectApiKey("phc_YOUR_API_KEY_HERE");
        properties.setPersonalApiKey(PERSONAL_KEY);
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new PostHogApiClient(builder, properties);
    }

    @Test
    void listFlagsSendsBearerKey() {
        server.expect(requestTo("https://us.posthog.com/api/projects/1/feature_flags/?limit=200"))
                .andExpect(header("Authorization", "Bearer " + PERSONAL_KEY))
                .andRespond(withSuccess("""
                        {"count":1,"next":null,"previous":null,"results":[
                          {"id":7,"key":"new-checkout","name":"New checkout","active":true,
                           "deleted":false,"rollout_percentage":50,"filters":{}}]}
                        """, MediaType.APPLICATION_JSON));

        assertThat(client.listFlags()).extracting(FeatureFlagPage.FeatureFlag::key).containsExactly("new-checkout");
        server.verify();
    }
}
