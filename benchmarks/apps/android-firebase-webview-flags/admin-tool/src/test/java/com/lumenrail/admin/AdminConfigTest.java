package com.lumenrail.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class AdminConfigTest {

    @Test
    void readsProjectKeyAndHostFromProperties() {
        Properties props = new Properties();
        props.setProperty("posthog.api.key", "phc_YOUR_API_KEY_HERE");
        props.setProperty("posthog.host", "https://us.posthog.com");
        props.setProperty("posthog.project-id", "7");

        AdminConfig config = AdminConfig.fromProperties(props);

        assertEquals("phc_YOUR_API_KEY_HERE", config.projectApiKey());
        assertEquals(7L, config.projectId());
        assertEquals("https://us.i.posthog.com", config.ingestionHost());
    }

    @Test
    void masksKeysLikePostHogDoes() {
        assertEquals("phx_..._key", FlagAuditCommand.mask("phx_test_personal_api_key"));
        assertEquals("********", FlagAuditCommand.mask("phx_short"));
    }
}
