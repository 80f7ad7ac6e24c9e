package io.parcelpoint.e2e.tests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.parcelpoint.e2e.api.AuthApiHelper;
import io.parcelpoint.e2e.config.TestConfig;
import io.parcelpoint.e2e.config.TestConfigLoader;
import io.parcelpoint.e2e.fixtures.BrowserFlagBootstrap;
import io.parcelpoint.e2e.fixtures.FeatureFlagExtension;
import io.parcelpoint.e2e.fixtures.PlaywrightExtension;
import io.parcelpoint.e2e.pages.CheckoutPage;
import io.parcelpoint.e2e.pages.LoginPage;
import io.parcelpoint.e2e.posthog.TestRunEventReporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("flags")
@ExtendWith(PlaywrightExtension.class)
class CheckoutFlowTest {

    @RegisterExtension
    static FeatureFlagExtension flags = FeatureFlagExtension.withFlags(Map.of("new-checkout-summary", true));

    private static TestRunEventReporter reporter;

    @BeforeAll
    static void startReporter() {
        reporter = new TestRunEventReporter(TestConfigLoader.load(), UUID.randomUUID().toString());
    }

    @AfterAll
    static void stopReporter() {
        reporter.close();
    }

    @Test
    void signedInUserSeesNewSummary(Page page, Playwright playwright, TestConfig config, TestInfo info) {
        long started = System.currentTimeMillis();
        BrowserFlagBootstrap.installPostHog(page, config, Map.of("new-checkout-summary", true));

        try (AuthApiHelper api = new AuthApiHelper(playwright, config)) {
            String token = api.fetchAccessToken(config.adminUser(), config.adminPassword());
            api.seedCart(token, "PP-BOX-M", 2);
        }

        new LoginPage(page).open().loginAs(config.adminUser(), config.adminPassword());
        CheckoutPage checkout = new CheckoutPage(page).open().chooseDelivery("Next day");

        assertThat(checkout.summaryPanel()).isVisible();
        assertThat(checkout.legacySummary()).isHidden();
        assertThat(checkout.total()).containsText("£");

        reporter.testFinished(info.getDisplayName(), true, System.currentTimeMillis() - started);
    }

    @Test
    void wrongPasswordShowsError(Page page, TestConfig config) {
        LoginPage login = new LoginPage(page).open();
        page.getByLabel("Email").fill(config.adminUser());
        page.getByLabel("Password").fill("definitely-wrong");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(login.errorBanner()).containsText("Invalid email or password");
    }
}
