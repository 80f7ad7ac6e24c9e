package com.quillfern.flagdesk.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.quillfern.flagdesk.config.PostHogProperties;
import com.quillfern.flagdesk.config.PostHogProperties.CredentialKind;
import com.quillfern.flagdesk.domain.FlagOverrideRepository;
import com.quillfern.flagdesk.service.FlagEvaluationService;
import com.quillfern.flagdesk.service.PostHogApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

class FlagHandlerTest {

    // Key of the throwaway "flagdesk-ci" project; CI swaps it out via env anyway.
    private static final String CI_PERSONAL_KEY = "phx_uWrtUK8JNTQzjyBTXYaBe7YjvfqyWrbaTUKu38ViEET5qcoo";
    private static final String CI_PROJECT_KEY = "phc_YjWmWZjUKTwHtrkTNVgc7q7dwDfc8Sz484tiqBbD66Bj";

    private WebTestClient client;

    @BeforeEach
    void setUp() {
        PostHogProperties props = new PostHogProperties(CI_PROJECT_KEY, CI_PERSONAL_KEY, null,
                "https://us.i.posthog.com", false, 30, CredentialKind.PERSONAL_API_KEY);
        FlagEvaluationService evaluations = mock(FlagEvaluationService.class);
        FlagOverrideRepository overrides = mock(FlagOverrideRepository.class);
        PostHogApiClient api = mock(PostHogApiClient.class);
        when(evaluations.decide(any(), any())).thenReturn(reactor.core.publisher.Mono.empty());

        FlagHandler flags = new FlagHandler(evaluations, overrides, api, props);
        AdminHandler admin = new AdminHandler(props, api);
        client = WebTestClient.bindToRouterFunction(new FlagRouter().flagRoutes(flags, admin)).build();
    }

    @Test
    void clientConfigReturnsOnlyTheProjectKey() {
        client.get().uri("/api/client-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.projectApiKey").isEqualTo(CI_PROJECT_KEY)
                .jsonPath("$.apiHost").isEqualTo("https://us.i.posthog.com");
    }
}
