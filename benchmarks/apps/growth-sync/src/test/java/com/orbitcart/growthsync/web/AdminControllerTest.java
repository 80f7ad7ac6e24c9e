package com.orbitcart.growthsync.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.orbitcart.growthsync.config.PostHogProperties;
import com.orbitcart.growthsync.sync.CohortSyncJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminController.class)
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(PostHogProperties.class)
@TestPropertySource(properties = {
        "posthog.project-api-key=phc_test_project_api_key",
        "posthog.personal-api-key=phx_test_personal_api_key",
        "posthog.project-id=1",
        "admin.username=admin",
        "admin.password-hash={noop}irrelevant"
})
class AdminControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private CohortSyncJob cohortSyncJob;

    @MockBean
    private PasswordEncoder passwordEncoder;

    @Test
    void statusShowsOnlyTheKeyHint() throws Exception {
        mvc.perform(get("/admin/posthog/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalKeyHint").value("phx_..._key"))
                .andExpect(jsonPath("$.personalKeyConfigured").value(true));
    }
}
