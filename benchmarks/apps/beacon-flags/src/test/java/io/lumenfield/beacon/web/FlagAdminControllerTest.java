package io.lumenfield.beacon.web;

import io.lumenfield.beacon.web.dto.ClientConfigDto;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest
@Property(name = "posthog.project-api-key", value = "phc_EtFDytZmVY6TQG72p7GJqk5m5e7crSrJRmaGCD8Bk2sE")
@Property(name = "posthog.personal-api-key", value = "phx_eLJtGXRzAxjRpameHe6A5gMYvV9nPvGbi3dSPeZBSHaELxir")
@Property(name = "posthog.feature-flags-secure-api-key", value = "phs_test_feature_flags_key")
@Property(name = "admin.password-bcrypt", value = "$2a$10$7EqJtq98hPqEX7fNZaFWoOa5LDrm8yDdY.bCTL6MaC0ZkXXbWe0c6")
class FlagAdminControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void statusPageShowsOnlyTheMaskedPersonalKey() {
        ClientConfigDto dto = client.toBlocking().retrieve(HttpRequest.GET("/admin/status"), ClientConfigDto.class);
        assertEquals("phx_...Lxir", dto.flagsApiKey());
        assertFalse(dto.localEvaluation());
    }
}
