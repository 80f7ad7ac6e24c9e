package com.tideline.featuregate.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.posthog.server.PostHogInterface;
import com.tideline.featuregate.api.Views.FlagsView;
import com.tideline.featuregate.posthog.PostHogFactory;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class FlagsResourceTest {

    private static final PostHogInterface POSTHOG = mock(PostHogInterface.class);
    private static final PostHogFactory SETTINGS = new PostHogFactory();

    static {
        SETTINGS.setHost("https://eu.i.posthog.com");
        SETTINGS.setProjectApiKey("phc_test_project_api_key");
        SETTINGS.setPersonalApiKey("phx_test_personal_api_key");
    }

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new FlagsResource(POSTHOG, SETTINGS))
            .build();

    @Test
    void returnsProjectTokenAndFlags() {
        when(POSTHOG.isFeatureEnabled(anyString(), eq("new-checkout"), eq(false))).thenReturn(true);

        FlagsView view = RESOURCES.target("/flags").queryParam("distinct_id", "u_42")
                .request().get(FlagsView.class);

        assertThat(view.projectApiKey()).isEqualTo("phc_test_project_api_key");
        assertThat(view.flags()).containsEntry("new-checkout", true);
    }
}
