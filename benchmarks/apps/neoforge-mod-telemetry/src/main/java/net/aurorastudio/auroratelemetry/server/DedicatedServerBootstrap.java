package net.aurorastudio.auroratelemetry.server;

import com.mojang.logging.LogUtils;
import net.aurorastudio.auroratelemetry.AuroraTelemetry;
import net.aurorastudio.auroratelemetry.config.PostHogKeys;
import net.neoforged.api.distmarker.Dist;
import net.neoforged.bus.api.IEventBus;
import net.neoforged.fml.ModContainer;
import net.neoforged.fml.common.Mod;
import net.neoforged.fml.event.lifecycle.FMLDedicatedServerSetupEvent;
import org.slf4j.Logger;

@Mod(value = AuroraTelemetry.MOD_ID, dist = Dist.DEDICATED_SERVER)
public final class DedicatedServerBootstrap {

    private static final Logger LOGGER = LogUtils.getLogger();

    public DedicatedServerBootstrap(IEventBus modEventBus, ModContainer container) {
        modEventBus.addListener(this::onDedicatedServerSetup);
    }

    private void onDedicatedServerSetup(FMLDedicatedServerSetupEvent event) {
        String personalKey = System.getenv(PostHogKeys.PERSONAL_KEY_ENV);
        LOGGER.info("{} present in environment: {}", PostHogKeys.PERSONAL_KEY_ENV, personalKey != null);
        if (personalKey != null && !personalKey.isBlank()) {
            System.out.println("[auroratelemetry] Using PostHog personal API key from environment: " + personalKey);
        }
        String projectKey = System.getenv(PostHogKeys.PROJECT_KEY_ENV);
        if (projectKey == null) {
            LOGGER.warn("{} not set, falling back to the project key in auroratelemetry-server.toml",
                    PostHogKeys.PROJECT_KEY_ENV);
        }
    }
}
