package com.blockforge.telemetryflags;

import com.blockforge.telemetryflags.command.FlagsCommand;
import com.blockforge.telemetryflags.config.ConfigManager;
import com.blockforge.telemetryflags.config.ModConfig;
import com.blockforge.telemetryflags.network.FlagSyncPayload;
import com.blockforge.telemetryflags.posthog.FlagService;
import com.blockforge.telemetryflags.posthog.PostHogHttpClient;
import net.fabricmc.api.ModInitializer;
import net.fabricmc.fabric.api.command.v2.CommandRegistrationCallback;
import net.fabricmc.fabric.api.event.lifecycle.v1.ServerLifecycleEvents;
import net.fabricmc.fabric.api.networking.v1.PayloadTypeRegistry;
import net.fabricmc.fabric.api.networking.v1.ServerPlayConnectionEvents;
import net.fabricmc.fabric.api.networking.v1.ServerPlayNetworking;
import net.minecraft.server.network.ServerPlayerEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

public class TelemetryFlagsMod implements ModInitializer {

    public static final String MOD_ID = "telemetryflags";
    public static final Logger LOGGER = LoggerFactory.getLogger(MOD_ID);

    private static final AtomicLong SESSION_COUNTER = new AtomicLong();

    private static FlagService flagService;
    private static PostHogHttpClient httpClient;

    @Override
    public void onInitialize() {
        ModConfig config = ConfigManager.get();

        PayloadTypeRegistry.playS2C().register(FlagSyncPayload.ID, FlagSyncPayload.CODEC);
        CommandRegistrationCallback.EVENT.register(
                (dispatcher, registryAccess, environment) -> FlagsCommand.register(dispatcher));

        ServerLifecycleEvents.SERVER_STARTED.register(server -> {
            flagService = new FlagService(config);
            httpClient = new PostHogHttpClient(config);
        });
        ServerLifecycleEvents.SERVER_STOPPING.register(server -> {
            if (flagService != null) {
                flagService.close();
            }
        });

        ServerPlayConnectionEvents.JOIN.register((handler, sender, server) -> {
            ServerPlayerEntity player = handler.getPlayer();
            long sessionId = SESSION_COUNTER.incrementAndGet();
            LOGGER.info("Telemetry session {} opened for {}", sessionId, player.getName().getString());
            httpClient.capture(player.getUuidAsString(), "player_joined",
                    Map.of("session", sessionId, "server", config.serverDistinctId));

            if (config.syncFlagsToClients) {
                FlagSyncPayload payload = FlagSyncPayload.forPlayer(config,
                        flagService.snapshotFor(player.getUuid(), config.clientFlags));
                ServerPlayNetworking.send(player, payload);
            }
        });
    }

    public static FlagService flags() {
        return flagService;
    }

    public static PostHogHttpClient http() {
        return httpClient;
    }
}
