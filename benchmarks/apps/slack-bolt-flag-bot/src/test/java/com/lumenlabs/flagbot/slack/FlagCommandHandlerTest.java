package com.lumenlabs.flagbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenlabs.flagbot.posthog.PostHogApiClient;
import com.lumenlabs.flagbot.posthog.PostHogCredentials;
import com.lumenlabs.flagbot.service.FeatureFlagService;
import com.posthog.server.PostHogInterface;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FlagCommandHandlerTest {

    private static final PostHogCredentials FAKE_CREDENTIALS =
            new PostHogCredentials("http://localhost:9", "1", "phx_test_personal_api_key");

    @Test
    void unknownSubcommandShowsHelp() throws Exception {
        FeatureFlagService flags = new FeatureFlagService(
                new PostHogApiClient(FAKE_CREDENTIALS, new ObjectMapper()),
                mock(PostHogInterface.class), mock(PostHogInterface.class));
        FlagCommandHandler handler = new FlagCommandHandler(flags);

        SlashCommandRequest req = mock(SlashCommandRequest.class);
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setText("frobnicate");
        payload.setTeamId("T0001");
        when(req.getPayload()).thenReturn(payload);
        SlashCommandContext ctx = mock(SlashCommandContext.class);
        when(ctx.ack(anyList())).thenReturn(Response.ok());

        assertEquals(200, handler.apply(req, ctx).getStatusCode());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "FLAGBOT_IT", matches = "true")
    void listsFlagsFromStagingProject() {
        String stagingKey = "phx_DLQNvqHuvVVJTW9NtesBps8m9qdQ6FM4XBj4u9s9eKwGjxak";
        PostHogCredentials staging = new PostHogCredentials("https://eu.posthog.com", "51877", stagingKey);
        PostHogApiClient api = new PostHogApiClient(staging, new ObjectMapper());

        assertFalse(api.listFlags().isEmpty());
    }
}
