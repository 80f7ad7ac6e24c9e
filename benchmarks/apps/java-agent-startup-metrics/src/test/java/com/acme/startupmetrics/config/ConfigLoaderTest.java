package com.acme.startupmetrics.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConfigLoaderTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void agentArgumentsWinOverEverythingElse() {
        AgentConfig config = new ConfigLoader().load(
                "apiKey=phc_YOUR_API_KEY_HERE,personalApiKey=" + TEST_PERSONAL_KEY + ",statusPort=0");

        assertEquals("phc_YOUR_API_KEY_HERE", config.projectApiKey());
        assertEquals(TEST_PERSONAL_KEY, config.personalApiKey());
        assertEquals(AgentConfig.KeySource.AGENT_ARGUMENT, config.personalApiKeySource());
    }

    @Test
    void safeStringMasksKeys() {
        AgentConfig config = new ConfigLoader().load("personalApiKey=" + TEST_PERSONAL_KEY);

        assertFalse(config.toSafeString().contains(TEST_PERSONAL_KEY));
    }

    @Test
    void placeholderWithoutEnvironmentResolvesToDefault() {
        assertNull(ConfigLoader.resolvePlaceholder("${STARTUP_METRICS_SURELY_UNSET_VAR}"));
        assertEquals("fallback", ConfigLoader.resolvePlaceholder("${STARTUP_METRICS_SURELY_UNSET_VAR:fallback}"));
    }

    @Test
    void malformedOptionsAreSkipped() {
        AgentArguments args = AgentArguments.parse("debug,host=http://localhost:8010");

        assertFalse(args.has("debug"));
        assertEquals("http://localhost:8010", args.get("host"));
    }
}
