package com.larkspur.flagdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.larkspur.flagdesk.client.PostHogApiClient;
import com.larkspur.flagdesk.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeatureFlagServiceTest {

    private static final PostHogProperties PROPS = new PostHogProperties(
            "phc_YOUR_API_KEY_HERE",
            "phx_test_personal_api_key",
            null,
            "https://eu.i.posthog.com",
            "https://eu.posthog.com",
            4242L,
            30);

    private PostHogApiClient api;
    private FeatureFlagService service;

    @BeforeEach
    void setUp() {
        api = mock(PostHogApiClient.class);
        service = new FeatureFlagService(api, PROPS, mock(PostHogInterface.class));
    }

    @Test
    void listsFlagsFromResultsPage() {
        when(api.listFeatureFlags(anyLong())).thenReturn(Map.of("results", List.of(Map.of("key", "new-checkout"))));
        assertThat(service.listFlags()).hasSize(1);
    }

    @Test
    void toggleRecordsAuditEvent() {
        when(api.updateFeatureFlag(anyLong(), anyLong(), any())).thenReturn(Map.of());
        service.toggleFlag(7L, true, "alice");
        verify(api).capture(argThat(r -> r.event().equals("flagdesk flag toggled") && r.distinctId().equals("alice")));
    }
}
