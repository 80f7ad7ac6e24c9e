package io.brightlane.relay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.apache.kafka.common.config.SaslConfigs;
import org.junit.jupiter.api.Test;

class RelayConfigTest {

    private static Properties minimal() {
        Properties p = new Properties();
        p.setProperty("posthog.api.key", "phc_test_project_key");
        p.setProperty("posthog.project.id", "1");
        p.setProperty("kafka.bootstrap.servers", "localhost:9092");
        p.setProperty("kafka.topic", "t");
        return p;
    }

    @Test
    void personalKeyIsOptional() {
        RelayConfig config = new RelayConfig(minimal());
        assertEquals(null, config.getPersonalApiKey());
    }

    @Test
    void readsPersonalKey() {
        Properties p = minimal();
        p.setProperty("posthog.personal.api.key", "phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assertEquals("phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", new RelayConfig(p).getPersonalApiKey());
    }

    @Test
    void saslOnlyWithPassword() {
        assertFalse(new RelayConfig(minimal()).kafkaProperties().containsKey(SaslConfigs.SASL_JAAS_CONFIG));
        Properties p = minimal();
        p.setProperty("kafka.sasl.username", "relay");
        p.setProperty("kafka.sasl.password", "not-a-real-password");
        assertTrue(new RelayConfig(p).kafkaProperties().containsKey(SaslConfigs.SASL_JAAS_CONFIG));
    }
}
