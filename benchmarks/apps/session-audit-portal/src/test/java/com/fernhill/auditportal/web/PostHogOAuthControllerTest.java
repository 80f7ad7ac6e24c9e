package com.fernhill.auditportal.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fernhill.auditportal.config.PostHogProperties;
import com.fernhill.auditportal.posthog.PostHogAdminClient;
import com.fernhill.auditportal.posthog.PostHogOAuthTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PostHogOAuthController.class)
@TestPropertySource(properties = "posthog.personal-api-key=phx_test_personal_api_key")
class PostHogOAuthControllerTest {

    private static final String ACCESS_TOKEN = "pha_test_access_token";
    private static final String REFRESH_TOKEN = "phr_GWQqZW4xgsBwRmtRk6StXNZgFMnmJNab7sKLTDvaf9sF";

    @Autowired
    private MockMvc mvc;

    @MockBean
    private PostHogAdminClient adminClient;

    @MockBean
    private PostHogProperties props;

    @Test
    @WithMockUser(roles = "ADMIN")
    void callbackStoresTokensAndRedirects() throws Exception {
        given(adminClient.exchangeOAuthCode(anyString(), anyString()))
                .willReturn(new PostHogOAuthTokens(ACCESS_TOKEN, REFRESH_TOKEN, "Bearer", 3600, "feature_flag:write"));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("posthog.oauth.state", "s-123");

        mvc.perform(get("/admin/posthog/oauth/callback").param("code", "c-1").param("state", "s-123").session(session))
                .andExpect(redirectedUrl("/admin/settings?connected"))
                .andExpect(cookie().value("ph_editor_token", ACCESS_TOKEN));
    }
}
