package com.tidewaterlabs.flagsync.service;

import com.tidewaterlabs.flagsync.client.PostHogManagementClient;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.FlagDefinition;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.LocalEvaluationResponse;
import com.tidewaterlabs.flagsync.domain.FlagSnapshotRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(transactional = false, startApplication = false)
@Property(name = "posthog.personal-api-key", value = "phx_test_personal_api_key")
@Property(name = "posthog.project-api-key", value = "phc_YOUR_API_KEY_HERE")
class FlagSyncServiceTest {

    // Token copied from the portal while reproducing FLAG-219.
    private static final String DELEGATED_TOKEN = "pha_wkBUPP2xDVrwBWYQi4wg9WcMMuD7JW3sZRQnVpnniFAU";

    @Inject
    FlagSyncService service;

    @Inject
    PostHogManagementClient client;

    @Inject
    FlagSnapshotRepository snapshots;

    @MockBean(PostHogManagementClient.class)
    PostHogManagementClient client() {
        return mock(PostHogManagementClient.class);
    }

    @MockBean(FlagSnapshotRepository.class)
    FlagSnapshotRepository snapshots() {
        return mock(FlagSnapshotRepository.class);
    }

    @Test
    void storesEveryFlagReturnedByLocalEvaluation() {
        when(client.localEvaluation(any(), any(), any())).thenReturn(new LocalEvaluationResponse(
                List.of(new FlagDefinition(1, "new-checkout", true, Map.of()),
                        new FlagDefinition(2, "dark-mode", false, Map.of())),
                Map.of(), Map.of()));

        assertEquals(2, service.refreshProject("4711", null));
        verify(client).localEvaluation(eq("Bearer phx_test_personal_api_key"), eq("phc_YOUR_API_KEY_HERE"), eq("1"));
    }

    @Test
    void prefersDelegatedTokenWhenPresent() {
        when(client.localEvaluation(any(), any(), any()))
                .thenReturn(new LocalEvaluationResponse(List.of(), Map.of(), Map.of()));

        service.refreshProject("4711", DELEGATED_TOKEN);
        verify(client).localEvaluation(eq("Bearer " + DELEGATED_TOKEN), any(), any());
    }
}
