package com.brightfjord.flagsync.route;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.processor.AuthHeaderProcessor;
import com.brightfjord.flagsync.support.ApiKeyScope;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@CamelSpringBootTest
@SpringBootTest
@TestPropertySource(properties = {
        "posthog.host=http://localhost:0",
        "posthog.project-api-key=phc_YOUR_API_KEY_HERE",
        "posthog.personal-api-key=phx_test_personal_api_key",
        "posthog.feature-flags-secure-key=phs_test_secure_key",
        "flagsync.poll-period-ms=3600000"
})
class FlagDefinitionsRouteTest {

    @Autowired
    CamelContext camelContext;

    @Autowired
    AuthHeaderProcessor authHeaderProcessor;

    @Autowired
    PostHogProperties properties;

    @Test
    void routesAreStarted() {
        assertThat(camelContext.getRoute("posthog-flag-definitions")).isNotNull();
        assertThat(camelContext.getRoute("posthog-dead-letter")).isNotNull();
    }

    @Test
    void secureKeyIsSentAsBearer() throws Exception {
        Exchange exchange = new DefaultExchange(camelContext);
        exchange.setProperty("flagScope", ApiKeyScope.FEATURE_FLAGS_SECURE);

        authHeaderProcessor.process(exchange);

        assertThat(exchange.getIn().getHeader("Authorization", String.class))
                .isEqualTo("Bearer phs_test_secure_key");
    }
}
