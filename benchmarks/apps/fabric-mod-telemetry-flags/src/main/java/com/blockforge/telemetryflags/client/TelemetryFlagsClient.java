package com.blockforge.telemetryflags.client;

import com.blockforge.telemetryflags.network.FlagSyncPayload;
import net.fabricmc.api.ClientModInitializer;
import net.fabricmc.api.EnvType;
import net.fabricmc.api.Environment;
import net.fabricmc.fabric.api.client.event.lifecycle.v1.ClientLifecycleEvents;
import net.fabricmc.fabric.api.client.networking.v1.ClientPlayNetworking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Environment(EnvType.CLIENT)
public class TelemetryFlagsClient implements ClientModInitializer {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/client");

    @Override
    public void onInitializeClient() {
        ClientPlayNetworking.registerGlobalReceiver(FlagSyncPayload.ID, (payload, context) -> {
            LOGGER.debug("Flag sync from server: {}", payload);
            context.client().execute(() -> ClientTelemetry.get().onFlagsSynced(payload));
        });

        ClientLifecycleEvents.CLIENT_STARTED.register(client -> ClientTelemetry.get().captureLaunch());
    }
}
