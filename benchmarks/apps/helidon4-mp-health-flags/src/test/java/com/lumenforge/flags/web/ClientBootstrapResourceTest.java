package com.lumenforge.flags.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;

import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "posthog.project-api-key", value = "phc_YOUR_API_KEY_HERE")
@AddConfig(key = "posthog.personal-api-key", value = "phx_test_personal_api_key")
@AddConfig(key = "posthog.host", value = "http://localhost:9")
@AddConfig(key = "lumenforge.admin.password", value = "test-only")
@AddConfig(key = "posthog.oauth.client-secret", value = "test-only")
class ClientBootstrapResourceTest {

    @Inject
    WebTarget target;

    @Test
    void webBootstrapReturnsProjectKey() {
        JsonObject body = target.path("/api/bootstrap/web").request().get(JsonObject.class);
        assertThat(body.getString("apiKey"), is("phc_YOUR_API_KEY_HERE"));
        assertThat(body.getString("apiHost"), is("http://localhost:9"));
    }
}
