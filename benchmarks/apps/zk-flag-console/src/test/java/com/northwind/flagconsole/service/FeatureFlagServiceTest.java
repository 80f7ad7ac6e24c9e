package com.northwind.flagconsole.service;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.util.KeyMasker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FeatureFlagServiceTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";
    private static final String TEST_PROJECT_KEY = "phc_YOUR_API_KEY_HERE";

    private RestTemplate restTemplate;
    private PostHogSettings settings;
    private FeatureFlagService service;

    @BeforeEach
    void setUp() {
        restTemplate = mock(RestTemplate.class);
        settings = mock(PostHogSettings.class);
        when(settings.getApiHost()).thenReturn("https://eu.posthog.com");
        when(settings.getProjectId()).thenReturn(42L);
        when(settings.getProjectApiKey()).thenReturn(TEST_PROJECT_KEY);
        when(settings.getPersonalApiKey()).thenReturn(TEST_PERSONAL_KEY);
        service = new FeatureFlagService(restTemplate, settings);
    }

    @Test
    void patchesFlagWithBearerKey() {
        service.setActive(7L, true);
        verify(restTemplate).exchange(eq("https://eu.posthog.com/api/projects/42/feature_flags/7/"),
                eq(HttpMethod.PATCH), any(HttpEntity.class), eq(Void.class));
    }

    @Test
    void masksLikePostHogUi() {
        assertEquals("phx_..._key", KeyMasker.mask(TEST_PERSONAL_KEY));
    }
}
