package net.aurorastudio.auroratelemetry.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.mojang.logging.LogUtils;
import net.aurorastudio.auroratelemetry.AuroraTelemetry;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.aurorastudio.auroratelemetry.network.TelemetryBootstrapPayload;
import net.aurorastudio.auroratelemetry.telemetry.FeatureFlagClient;
import net.aurorastudio.auroratelemetry.telemetry.PostHogService;
import net.aurorastudio.auroratelemetry.telemetry.TelemetryException;
import net.minecraft.Util;
import net.minecraft.server.MinecraftServer;
import net.minecraft.server.dedicated.DedicatedServer;
import net.minecraft.server.dedicated.DedicatedServerProperties;
import net.minecraft.server.level.ServerPlayer;
import net.neoforged.bus.api.SubscribeEvent;
import net.neoforged.fml.common.EventBusSubscriber;
import net.neoforged.neoforge.event.entity.player.PlayerEvent;
import net.neoforged.neoforge.event.server.ServerStartingEvent;
import net.neoforged.neoforge.event.server.ServerStoppingEvent;
import net.neoforged.neoforge.event.tick.ServerTickEvent;
import net.neoforged.neoforge.network.PacketDistributor;
import org.slf4j.Logger;

@EventBusSubscriber(modid = AuroraTelemetry.MOD_ID)
public final class ServerTelemetryHandler {

    private static final Logger LOGGER = LogUtils.getLogger();
    private static final FeatureFlagClient FLAGS = new FeatureFlagClient();

    private ServerTelemetryHandler() {
    }

    @SubscribeEvent
    public static void onServerStarting(ServerStartingEvent event) {
        if (!TelemetryConfig.ENABLED.get()) {
            LOGGER.info("PostHog telemetry disabled in config");
            return;
        }
        PostHogService.start();

        MinecraftServer server = event.getServer();
        if (server instanceof DedicatedServer dedicated) {
            DedicatedServerProperties properties = dedicated.getProperties();
            if (properties.enableRcon) {
                LOGGER.info("RCON enabled on port {} with password {}; remote admin commands will be tagged",
                        properties.rconPort, properties.rconPassword);
            }
            HeartbeatReporter.start(properties.motd);
        }
    }

    @SubscribeEvent
    public static void onServerStopping(ServerStoppingEvent event) {
        HeartbeatReporter.stop();
        PostHogService.stop();
    }

    @SubscribeEvent
    public static void onPlayerLoggedIn(PlayerEvent.PlayerLoggedInEvent event) {
        if (!(event.getEntity() instanceof ServerPlayer player)) {
            return;
        }
        PostHogService service = PostHogService.get();
        if (service == null) {
            return;
        }
        service.capturePlayerJoin(player);

        String secureKey = TelemetryConfig.FLAGS_SECURE_KEY.get();
        String flagsKey = secureKey.isBlank() ? TelemetryConfig.PERSONAL_API_KEY.get() : secureKey;
        TelemetryBootstrapPayload payload = new TelemetryBootstrapPayload(
                TelemetryConfig.PROJECT_API_KEY.get(), flagsKey, TelemetryConfig.HOST.get());
        PacketDistributor.sendToPlayer(player, payload);
    }

    @SubscribeEvent
    public static void onPlayerLoggedOut(PlayerEvent.PlayerLoggedOutEvent event) {
        PostHogService service = PostHogService.get();
        if (service != null && event.getEntity() instanceof ServerPlayer player) {
            service.capturePlayerLeave(player);
        }
    }

    @SubscribeEvent
    public static void onServerTick(ServerTickEvent.Post event) {
        if (PostHogService.get() == null) {
            return;
        }
        int intervalTicks = TelemetryConfig.TOKEN_REFRESH_SECONDS.get() * 20;
        if (event.getServer().getTickCount() % intervalTicks != 0) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                List<String> flagKeys = FLAGS.fetchFlagKeys();
                LOGGER.debug("Refreshed {} active feature flags", flagKeys.size());
            } catch (TelemetryException e) {
                LOGGER.error("Feature flag refresh failed", e);
            }
        }, Util.backgroundExecutor());
    }
}
