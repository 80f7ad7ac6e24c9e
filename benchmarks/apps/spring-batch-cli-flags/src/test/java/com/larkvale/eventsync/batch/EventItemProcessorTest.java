package com.larkvale.eventsync.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.larkvale.eventsync.config.PostHogProperties;
import com.larkvale.eventsync.dto.CapturePayload;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class EventItemProcessorTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    private EventItemProcessor processor;

    @BeforeEach
    void setUp() {
        PostHogProperties properties = new PostHogProperties();
        properties.setProjectApiKey("phc_YOUR_API_KEY_HERE");
        properties.setPersonalApiKey(TEST_PERSONAL_KEY);
        JdbcTemplate jdbcTemplate = mock(JdbcTemplate.class);
        when(jdbcTemplate.queryForObject(anyString(), eq(String.class), eq("acme"))).thenReturn("unit-test-signing");
        processor = new EventItemProcessor(properties, jdbcTemplate, new ObjectMapper());
    }

    @Test
    void skipsEventsWithoutName() throws Exception {
        WarehouseEvent event = new WarehouseEvent(1L, "acme", "user-1", " ", "{}", Instant.EPOCH);
        assertThat(processor.process(event)).isNull();
    }

    @Test
    void mapsWarehouseRowToCapturePayload() throws Exception {
        WarehouseEvent event = new WarehouseEvent(7L, "acme", "user-7", "invoice_paid",
                "{\"amount\": 120}", Instant.parse("2024-05-01T10:00:00Z"));

        CapturePayload payload = processor.process(event);

        assertThat(payload.event()).isEqualTo("invoice_paid");
        assertThat(payload.distinctId()).isEqualTo("user-7");
        assertThat(payload.properties()).containsEntry("tenant_id", "acme").containsKey("lv_signature");
    }
}
