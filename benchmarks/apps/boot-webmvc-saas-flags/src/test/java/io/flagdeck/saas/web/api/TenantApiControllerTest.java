package io.flagdeck.saas.web.api;

import io.flagdeck.saas.posthog.TenantPostHogClients;
import io.flagdeck.saas.tenant.Tenant;
import io.flagdeck.saas.tenant.TenantRepository;
import io.flagdeck.saas.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TenantApiController.class)
class TenantApiControllerTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @Autowired
    private MockMvc mvc;

    @MockBean
    private TenantService tenantService;

    @MockBean
    private TenantRepository tenantRepository;

    @MockBean
    private TenantPostHogClients clients;

    @Test
    void summaryDoesNotContainPersonalKey() throws Exception {
        Tenant tenant = new Tenant("acme", "Acme", "phc_YOUR_API_KEY_HERE", TEST_PERSONAL_KEY,
                1L, "https://us.i.posthog.com", "https://us.posthog.com");
        when(tenantService.requireBySlug("acme")).thenReturn(tenant);

        mvc.perform(get("/api/v1/tenants/acme"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("acme"))
                .andExpect(jsonPath("$.personalApiKey").doesNotExist());
    }
}
