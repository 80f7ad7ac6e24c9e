package com.larkfield.flagrelay.graphql;

import static org.mockito.Mockito.when;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;
import com.larkfield.flagrelay.mongo.FlagSnapshot;
import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.graphql.GraphQlTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

@GraphQlTest(FlagQueryController.class)
@EnableConfigurationProperties(PostHogProperties.class)
@TestPropertySource(properties = {
        "posthog.personal-api-key=phx_test_personal_api_key",
        "posthog.host=https://eu.i.posthog.com"
})
class FlagQueryControllerTest {

    @Autowired
    private GraphQlTester graphQlTester;

    @MockBean
    private FlagSnapshotRepository repository;

    @MockBean
    private AdminApiCredentials credentials;

    @MockBean
    private PostHogInterface postHog;

    @Test
    void activeFlagsAreReturned() {
        when(repository.findByActiveTrue()).thenReturn(List.of(
                new FlagSnapshot("1", "new-checkout", 101L, true, 50, Instant.now())));

        graphQlTester.document("{ flags(activeOnly: true) { flagKey rolloutPercentage } }")
                .execute()
                .path("flags[0].flagKey").entity(String.class).isEqualTo("new-checkout");
    }

    @Test
    void clientBootstrapCarriesHost() {
        graphQlTester.document("{ clientBootstrap { apiHost } }")
                .execute()
                .path("clientBootstrap.apiHost").entity(String.class).isEqualTo("https://eu.i.posthog.com");
    }
}
