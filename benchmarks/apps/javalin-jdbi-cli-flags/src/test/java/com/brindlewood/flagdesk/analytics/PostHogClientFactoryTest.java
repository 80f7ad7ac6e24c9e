package com.brindlewood.flagdesk.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.brindlewood.flagdesk.config.PostHogSettings;
import com.brindlewood.flagdesk.util.Redactor;
import com.posthog.server.PostHogInterface;
import org.junit.jupiter.api.Test;

class PostHogClientFactoryTest {

    @Test
    void createsClientWhenPersonalKeyPresent() {
        PostHogSettings settings = new PostHogSettings("phc_YOUR_API_KEY_HERE", "phx_test_personal_api_key", null,
                "http://127.0.0.1:9", "http://127.0.0.1:9", "1", false);
        PostHogInterface client = PostHogClientFactory.create(settings);
        assertNotNull(client);
        client.close();
    }

    @Test
    void maskKeepsPrefixAndLastFour() {
        String key = "phx_" + "A".repeat(44) + "Wq7n";
        assertEquals("phx_...Wq7n", Redactor.mask(key));
    }

    @Test
    void maskHidesShortValues() {
        assertEquals("********", Redactor.mask("short"));
        assertEquals("<unset>", Redactor.mask(null));
    }
}
