package com.acme.flags.api;

import com.acme.flags.core.tenant.TenantFlagSettings;
import com.acme.flags.core.tenant.TenantFlagSettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@Testcontainers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantAdminControllerIT {

    private static final String ADMIN_TOKEN = "test-admin-token";
    private static final String PROJECT_KEY = "phc_YOUR_API_KEY_HERE";
    private static final String PERSONAL_KEY = "phx_test_personal_api_key";

    @Container
    @ServiceConnection
    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine");

    @DynamicPropertySource
    static void posthogProperties(DynamicPropertyRegistry registry) {
        registry.add("admin.token", () -> ADMIN_TOKEN);
        registry.add("posthog.api-key", () -> PROJECT_KEY);
        registry.add("posthog.personal-api-key", () -> PERSONAL_KEY);
        registry.add("posthog.feature-flags-secure-api-key", () -> "phs_dummy_secure_key");
        registry.add("posthog.sync.interval", () -> "PT1H");
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TenantFlagSettingsRepository repository;

    @BeforeEach
    void seed() {
        repository.deleteAll();
        repository.save(new TenantFlagSettings("acme", "Acme Corp", 1234L, PROJECT_KEY, PERSONAL_KEY,
                "https://us.i.posthog.com"));
    }

    @Test
    void publicConfigOnlyExposesProjectKey() {
        ResponseEntity<Map> response = rest.exchange("/admin/tenants/acme/public-config", HttpMethod.GET,
                new HttpEntity<>(adminHeaders()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("projectApiKey", PROJECT_KEY);
        assertThat(response.getBody()).doesNotContainKey("personalApiKey");
    }

    @Test
    void rejectsCallsWithoutToken() {
        ResponseEntity<String> response = rest.getForEntity("/admin/tenants/acme", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static HttpHeaders adminHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(ADMIN_TOKEN);
        return headers;
    }
}
