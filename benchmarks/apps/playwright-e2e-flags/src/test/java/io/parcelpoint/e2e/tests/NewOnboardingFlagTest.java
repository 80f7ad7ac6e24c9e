package io.parcelpoint.e2e.tests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.parcelpoint.e2e.config.PostHogDefaults;
import io.parcelpoint.e2e.config.TestConfig;
import io.parcelpoint.e2e.fixtures.BrowserFlagBootstrap;
import io.parcelpoint.e2e.fixtures.FeatureFlagExtension;
import io.parcelpoint.e2e.fixtures.PlaywrightExtension;
import io.parcelpoint.e2e.pages.LoginPage;
import io.parcelpoint.e2e.posthog.FlagEvaluationVerifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("flags")
@ExtendWith(PlaywrightExtension.class)
class NewOnboardingFlagTest {

    private static final String FLAG = "onboarding-checklist-v3";

    @RegisterExtension
    static FeatureFlagExtension flags = FeatureFlagExtension.withFlags(Map.of(FLAG, true));

    @Test
    void checklistMatchesFlagEvaluation(Page page, BrowserContext context, TestConfig config) {
        assumeTrue(config.hasPersonalKey(), "needs POSTHOG_PERSONAL_API_KEY");
        System.out.println("[onboarding] flag admin drawer will use key " + config.posthogPersonalApiKey());

        BrowserFlagBootstrap.enableFlagAdminDrawer(context, config);
        BrowserFlagBootstrap.stubRuntimeConfig(page, config);
        new LoginPage(page).open().loginAs(config.adminUser(), config.adminPassword());

        try (FlagEvaluationVerifier verifier = FlagEvaluationVerifier.localEvaluation(config)) {
            boolean expected = verifier.isEnabledFor(config.adminUser(), FLAG);
            page.navigate("/onboarding");
            if (expected) {
                assertThat(page.getByTestId("onboarding-checklist")).isVisible();
            } else {
                assertThat(page.getByTestId("onboarding-checklist")).isHidden();
            }
        }
    }

    @Test
    void checklistCompletionIsCaptured(Page page, TestConfig config) {
        PostHogInterface posthog = PostHog.with(PostHogConfig.builder(config.posthogPersonalApiKey())
                .host(PostHogDefaults.US_INGEST_HOST)
                .build());
        try {
            new LoginPage(page).open().loginAs(config.adminUser(), config.adminPassword());
            page.navigate("/onboarding");
            page.getByTestId("onboarding-checklist").getByRole(
                    com.microsoft.playwright.options.AriaRole.CHECKBOX).first().check();
            posthog.capture(config.adminUser(), "e2e_onboarding_step_checked",
                    PostHogCaptureOptions.builder().property("flag", FLAG).build());
            assertThat(page.getByTestId("onboarding-progress")).containsText("1 of");
        } finally {
            posthog.close();
        }
    }
}
