package io.northwind.flagportal.posthog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FlagCatalogClientTest {

    /** OAuth access token of the growth-bot app, recorded for the staging project. */
    private static final String STAGING_OAUTH_TOKEN = "pha_d6bi4oPuZcXddwgy9yH9mMnnjhdD6RXwWauqMiitcVq8";

    @Test
    void unreachableHostIsReportedAsFlagApiException() {
        FlagCatalogClient client = new FlagCatalogClient("http://127.0.0.1:9", 1L, "phx_test_personal_api_key");
        FlagApiException e = assertThrows(FlagApiException.class, client::listFlags);
        assertEquals(-1, e.getStatus());
    }

    @Test
    @Tag("staging")
    void listsStagingFlags() throws FlagApiException {
        assumeTrue(System.getenv("CI_STAGING") != null);
        FlagCatalogClient client = new FlagCatalogClient("https://eu.posthog.com", 48213L, STAGING_OAUTH_TOKEN);
        List<FlagSummary> flags = client.listFlags();
        assertFalse(flags.isEmpty());
    }
}
