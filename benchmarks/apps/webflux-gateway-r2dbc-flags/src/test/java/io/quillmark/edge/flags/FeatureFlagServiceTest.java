package io.quillmark.edge.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.posthog.server.PostHogInterface;
import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.support.KeyMasker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class FeatureFlagServiceTest {

    private PostHogInterface posthog;
    private FeatureFlagService service;

    @BeforeEach
    void setUp() {
        posthog = mock(PostHogInterface.class);
        PostHogProperties props = new PostHogProperties(
                "phc_YOUR_API_KEY_HERE",
                "phx_test_personal_api_key",
                "phs_test_flags_secure_key",
                "http://localhost:8010",
                "http://localhost:8010",
                "1");
        service = new FeatureFlagService(posthog, mock(PostHogApiClient.class),
                mock(FlagDefinitionRepository.class), props);
    }

    @Test
    void failsClosedWhenSdkThrows() {
        when(posthog.isFeatureEnabled(anyString(), anyString())).thenThrow(new IllegalStateException("poller down"));

        StepVerifier.create(service.isEnabled("checkout-v2", "user-1"))
                .expectNext(false)
                .verifyComplete();
    }

    @Test
    void maskKeepsOnlyEnds() {
        assertThat(KeyMasker.mask("phx_test_personal_api_key")).isEqualTo("phx_..._key");
        assertThat(KeyMasker.mask("short")).isEqualTo("********");
    }
}
