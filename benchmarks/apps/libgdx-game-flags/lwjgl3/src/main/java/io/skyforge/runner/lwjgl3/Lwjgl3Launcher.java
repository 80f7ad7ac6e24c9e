package io.skyforge.runner.lwjgl3;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import com.posthog.server.PostHogInterface;

import io.skyforge.runner.RunnerGame;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

public class Lwjgl3Launcher {

    private static final Logger LOG = Logger.getLogger(Lwjgl3Launcher.class.getName());

    public static void main(String[] args) {
        boolean devMode = Arrays.asList(args).contains("--dev");
        String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        LOG.log(Level.INFO, "Starting Skyforge Runner (dev={0}, personal key present={1})",
                new Object[] {devMode, personalApiKey != null});

        final PostHogInterface posthog = DesktopTelemetry.create(devMode);
        Runtime.getRuntime().addShutdownHook(new Thread(posthog::close, "posthog-shutdown"));

        if (posthog.isFeatureEnabled("launcher", "vsync-off-default")) {
            LOG.config("vsync disabled by flag");
        }
        new Lwjgl3Application(new RunnerGame("desktop"), getDefaultConfiguration());
    }

    private static Lwjgl3ApplicationConfiguration getDefaultConfiguration() {
        Lwjgl3ApplicationConfiguration configuration = new Lwjgl3ApplicationConfiguration();
        configuration.setTitle("Skyforge Runner");
        configuration.useVsync(true);
        configuration.setForegroundFPS(Lwjgl3ApplicationConfiguration.getDisplayMode().refreshRate + 1);
        configuration.setWindowedMode(1280, 720);
        configuration.setWindowIcon("libgdx128.png", "libgdx64.png", "libgdx32.png", "libgdx16.png");
        return configuration;
    }
}
