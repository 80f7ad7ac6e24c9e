package com.acme.flags.service;

import com.acme.flags.client.PostHogAdminApi;
import com.acme.flags.client.PostHogAdminApi.FlagPage;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

@QuarkusTest
class FlagSyncServiceTest {

    private static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    @InjectMock
    @RestClient
    PostHogAdminApi adminApi;

    @Inject
    FlagSyncService syncService;

    @Test
    void syncsFlagsWithBearerHeader() {
        Map<String, Object> remote = Map.of("id", 7, "key", "new-checkout", "name", "New checkout",
                "active", true, "rollout_percentage", 25);
        when(adminApi.listFlags(eq("1"), eq("Bearer " + TEST_PERSONAL_KEY), anyInt()))
                .thenReturn(new FlagPage(1, null, List.of(remote)));

        assertEquals(1, syncService.syncFromPostHog());
    }
}
