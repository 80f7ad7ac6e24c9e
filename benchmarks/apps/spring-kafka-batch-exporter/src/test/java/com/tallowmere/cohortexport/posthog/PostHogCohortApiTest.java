package com.tallowmere.cohortexport.posthog;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.tallowmere.cohortexport.config.PostHogProperties;
import com.tallowmere.cohortexport.dto.CohortMember;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class PostHogCohortApiTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    private MockRestServiceServer server;
    private PostHogCohortApi api;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        PostHogProperties props = new PostHogProperties("https://posthog.test", "phc_YOUR_API_KEY_HERE",
                TEST_PERSONAL_KEY, null, "1", false, 30);
        api = new PostHogCohortApi(restTemplate, props);
    }

    @Test
    void sendsPersonalKeyAsBearer() {
        server.expect(requestTo("https://posthog.test/api/projects/1/cohorts/7/add_persons_to_static_cohort/"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(header("Authorization", "Bearer " + TEST_PERSONAL_KEY))
                .andRespond(withSuccess());

        api.appendMembers(7, List.of(new CohortMember(7, "user-1", "a@example.com", Instant.EPOCH)));

        server.verify();
    }
}
