package com.brightquill.portal.service;

import com.brightquill.portal.config.PostHogProperties;
import com.brightquill.portal.dto.FlagSummary;
import com.brightquill.portal.dto.ProjectSettingsView;
import com.brightquill.portal.util.KeyFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class PostHogAdminServiceTest {

    private static final String STAGING_PERSONAL_KEY = "phx_YRkBgumuNiFdccCFni4qZK899hBsiiTMXUHWJj9kKrHHbszu";

    private PostHogProperties props;
    private MockRestServiceServer server;
    private PostHogAdminService service;

    @BeforeEach
    void setUp() {
        props = new PostHogProperties();
        props.setProjectId(48213);
        props.setPrivateApiHost("https://us.posthog.com");
        props.setPersonalApiKey("phx_test_personal_api_key");

        RestClient.Builder builder = RestClient.builder().baseUrl(props.getPrivateApiHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.getPersonalApiKey());
        server = MockRestServiceServer.bindTo(builder).build();
        service = new PostHogAdminService(builder.build(), RestClient.create(), props);
    }

    @Test
    void listFlagsSendsPersonalKeyAsBearer() {
        server.expect(requestTo("https://us.posthog.com/api/projects/48213/feature_flags/?limit=100"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer phx_test_personal_api_key"))
                .andRespond(withSuccess("""
                        {"results":[{"id":7,"key":"team-invites","active":true}]}
                        """, MediaType.APPLICATION_JSON));

        List<FlagSummary> flags = service.listFlags();

        assertThat(flags).containsExactly(new FlagSummary("team-invites", true, 7L));
        server.verify();
    }

    @Test
    void settingsMaskSecureKey() {
        props.setFeatureFlagsSecureKey(STAGING_PERSONAL_KEY);

        ProjectSettingsView view = service.currentSettings();

        assertThat(view.secureKeyMasked()).isEqualTo("phx_...bszu");
        assertThat(KeyFingerprint.mask("short")).isEqualTo("********");
    }
}
