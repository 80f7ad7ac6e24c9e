package net.aurorastudio.auroratelemetry;

import com.mojang.logging.LogUtils;
import net.aurorastudio.auroratelemetry.client.ClientTelemetry;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.aurorastudio.auroratelemetry.network.TelemetryBootstrapPayload;
import net.neoforged.bus.api.IEventBus;
import net.neoforged.fml.ModContainer;
import net.neoforged.fml.common.Mod;
import net.neoforged.fml.config.ModConfig;
import net.neoforged.fml.event.config.ModConfigEvent;
import net.neoforged.neoforge.network.event.RegisterPayloadHandlersEvent;
import net.neoforged.neoforge.network.registration.PayloadRegistrar;
import org.slf4j.Logger;

@Mod(AuroraTelemetry.MOD_ID)
public final class AuroraTelemetry {

    public static final String MOD_ID = "auroratelemetry";
    public static final String PROTOCOL_VERSION = "2";

    private static final Logger LOGGER = LogUtils.getLogger();

    public AuroraTelemetry(IEventBus modEventBus, ModContainer modContainer) {
        modContainer.registerConfig(ModConfig.Type.SERVER, TelemetryConfig.SERVER_SPEC);
        modContainer.registerConfig(ModConfig.Type.CLIENT, TelemetryConfig.CLIENT_SPEC);
        modEventBus.addListener(AuroraTelemetry::registerPayloads);
        modEventBus.addListener(AuroraTelemetry::onConfigLoading);
    }

    private static void registerPayloads(RegisterPayloadHandlersEvent event) {
        PayloadRegistrar registrar = event.registrar(PROTOCOL_VERSION).optional();
        registrar.playToClient(
                TelemetryBootstrapPayload.TYPE,
                TelemetryBootstrapPayload.STREAM_CODEC,
                ClientTelemetry::handleBootstrap);
    }

    private static void onConfigLoading(ModConfigEvent.Loading event) {
        ModConfig config = event.getConfig();
        if (config.getSpec() != TelemetryConfig.SERVER_SPEC) {
            return;
        }
        LOGGER.info("Loaded PostHog telemetry config from {}", config.getFileName());
        boolean overridden = System.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY) != null;
        LOGGER.info("{} override present: {}", PostHogKeys.PERSONAL_KEY_PROPERTY, overridden);
    }
}
