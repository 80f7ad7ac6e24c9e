package com.corvanta.flaggate.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.config.SecurityConfig;
import com.corvanta.flaggate.mapping.AdminViewMapper;
import com.corvanta.flaggate.posthog.PostHogAdminClient;
import com.corvanta.flaggate.sync.FlagSyncService;
import com.posthog.server.PostHogInterface;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FlagAdminController.class)
@Import(SecurityConfig.class)
@EnableConfigurationProperties(PostHogProperties.class)
@TestPropertySource(properties = {
        "posthog.project-api-key=phc_YOUR_API_KEY_HERE",
        "posthog.personal-api-key=phx_MgZhg9U89nUiHdsvw7tZMnNarpftbmF7XcFG92rhgVh2s88z",
        "posthog.project-id=48213"
})
class FlagAdminControllerTest {

    private static final String PLACEHOLDER_KEY = "phx_test_personal_api_key";

    @Autowired
    MockMvc mvc;

    @MockBean
    FlagSyncService syncService;
    @MockBean
    PostHogAdminClient adminClient;
    @MockBean
    AdminViewMapper mapper;
    @MockBean(name = "auditPostHog")
    PostHogInterface audit;
    @MockBean
    JwtDecoder jwtDecoder;

    @Test
    void listsFlagsForAdmins() throws Exception {
        given(syncService.latestSnapshots()).willReturn(List.of());
        given(mapper.toViews(List.of())).willReturn(List.of(new AdminViews.FlagView("new-checkout", "New checkout", true, 25)));

        mvc.perform(get("/api/admin/flags").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_FLAG_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("new-checkout"));
    }

    @Test
    void rejectsCallersWithoutAdminRole() throws Exception {
        mvc.perform(get("/api/admin/flags").with(jwt()))
                .andExpect(status().isForbidden());
    }

    @Test
    void statusShowsOnlyMaskedKey() throws Exception {
        given(syncService.latestSnapshots()).willReturn(List.of());

        mvc.perform(get("/api/admin/posthog/status").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_FLAG_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalKeyHint").value("phx_...s88z"))
                .andExpect(jsonPath("$.personalKeyHint").value(org.hamcrest.Matchers.not(PLACEHOLDER_KEY)));
    }
}
