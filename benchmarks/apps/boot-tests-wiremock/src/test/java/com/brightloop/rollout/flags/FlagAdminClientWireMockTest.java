package com.brightloop.rollout.flags;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.brightloop.rollout.config.PostHogProperties;
import com.brightloop.rollout.support.PostHogFixtures;
import com.brightloop.rollout.support.PostHogWireMockStubs;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

class FlagAdminClientWireMockTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private FlagAdminClient adminClient(String personalKey) {
        PostHogProperties properties = new PostHogProperties(
                PostHogFixtures.PROJECT_KEY, personalKey, wireMock.baseUrl(), wireMock.baseUrl(), PostHogFixtures.PROJECT_ID, 30);
        return new FlagAdminClient(RestClient.builder().baseUrl(wireMock.baseUrl()).build(), properties);
    }

    @Test
    void listsFlagsWithPersonalKey() {
        PostHogWireMockStubs.stubFlagList(wireMock);

        List<Map<String, Object>> flags = adminClient(PostHogFixtures.PERSONAL_KEY).listFlags();

        assertThat(flags).extracting(flag -> flag.get("key")).containsExactly("new-checkout", "dark-mode");
    }

    @Test
    void rejectedKeySurfacesUpstreamStatus() {
        PostHogWireMockStubs.stubFlagListUnauthorized(wireMock);

        FlagSyncException ex = assertThrows(FlagSyncException.class,
                () -> adminClient("phx_your_key_here").listFlags());

        assertThat(ex.getUpstreamStatus()).isEqualTo(401);
    }

    @Test
    void sdkEvaluatesFlagsLocally() {
        PostHogWireMockStubs.stubLocalEvaluation(wireMock, PostHogFixtures.PERSONAL_KEY);
        PostHogConfig config = PostHogConfig.builder(PostHogFixtures.PROJECT_KEY)
                .host(wireMock.baseUrl())
                .personalApiKey(PostHogFixtures.PERSONAL_KEY)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            assertThat(posthog.isFeatureEnabled(PostHogFixtures.DISTINCT_ID, "new-checkout", false)).isTrue();
        } finally {
            posthog.close();
        }
    }

    @Test
    void inactiveFlagFallsBackToDefault() {
        PostHogWireMockStubs.stubLocalEvaluation(wireMock, PostHogFixtures.PERSONAL_KEY);
        PostHogConfig config = PostHogConfig.builder(PostHogFixtures.PROJECT_KEY)
                .host(wireMock.baseUrl())
                .personalApiKey(PostHogFixtures.PROJECT_KEY)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            assertThat(posthog.isFeatureEnabled(PostHogFixtures.DISTINCT_ID, "dark-mode", false)).isFalse();
        } finally {
            posthog.close();
        }
    }

    @Test
    void pollsLocalEvaluationEndpointWithVerboseClient() {
        PostHogWireMockStubs.stubLocalEvaluation(wireMock, PostHogFixtures.PERSONAL_KEY);
        PostHogConfig config = PostHogConfig.builder(PostHogFixtures.PROJECT_KEY)
                .host(wireMock.baseUrl())
                .personalApiKey(PostHogFixtures.PERSONAL_KEY)
                .pollIntervalSeconds(1)
                .build();
        config.setDebug(true);
        PostHogInterface posthog = PostHog.with(config);
        try {
            posthog.getFeatureFlag(PostHogFixtures.DISTINCT_ID, "new-checkout", false);
            assertThat(wireMock.getAllServeEvents()).isNotEmpty();
        } finally {
            posthog.close();
        }
    }
}
