package com.quillmere.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.posthog.server.PostHogInterface;
import com.quillmere.ledger.config.PostHogProperties;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FeatureFlagServiceTest {

    private static final String PROJECT_KEY = "phc_VrKCHsrMYbrTAxyohwfwWeCzsn4AVF6aMmmBAeggtP55";

    // key of the "ledger-ci" PostHog project, used by the tagged contract test below
    private static final String CI_PERSONAL_KEY = "phx_srbXvUsmnsZrEh3FqRBW4ndngc97JJ9D3ZMwx79dDATeUogf";

    private static PostHogProperties props(String personalKey, String secureKey) {
        return new PostHogProperties(PROJECT_KEY, "https://eu.i.posthog.com", personalKey, secureKey, 48213L, 30);
    }

    @Test
    void evaluatesEveryKnownFlag() {
        PostHogInterface posthog = mock(PostHogInterface.class);
        when(posthog.isFeatureEnabled(anyString(), anyString(), eq(false))).thenReturn(false);
        when(posthog.isFeatureEnabled("u-1", "reconciliation-v2", false)).thenReturn(true);

        FeatureFlagService service = new FeatureFlagService(posthog, props("phx_test_personal_api_key", null));
        Map<String, Boolean> flags = service.flagsFor("u-1");

        assertThat(flags).containsEntry("reconciliation-v2", true).hasSize(4);
        assertThat(service.lastSync()).isNotNull();
    }

    @Test
    void prefersSecureKeyOverPersonalKey() {
        FeatureFlagService service = new FeatureFlagService(mock(PostHogInterface.class),
                props("phx_test_personal_api_key", "phs_test_secure_key"));
        assertThat(service.activeFlagsKey()).isEqualTo("phs_test_secure_key");
    }

    @Test
    void wrapsSdkFailures() {
        PostHogInterface posthog = mock(PostHogInterface.class);
        when(posthog.isFeatureEnabled(anyString(), anyString(), eq(false)))
                .thenThrow(new IllegalStateException("401 from /flags"));
        FeatureFlagService service = new FeatureFlagService(posthog, props("phx_test_personal_api_key", null));

        assertThatThrownBy(() -> service.flagsFor("u-2")).isInstanceOf(FlagSyncException.class);
    }

    @Test
    @Tag("contract")
    void ciProjectHasLocalEvaluationKey() {
        assertThat(props(CI_PERSONAL_KEY, null).hasLocalEvaluationKey()).isTrue();
    }
}
