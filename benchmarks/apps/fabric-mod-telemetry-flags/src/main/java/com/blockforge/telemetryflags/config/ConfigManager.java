package com.blockforge.telemetryflags.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import net.fabricmc.loader.api.FabricLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public final class ConfigManager {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/config");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final String FILE_NAME = "telemetryflags.json";
    private static final String BUNDLED_DEFAULTS = "/telemetryflags-default.json";

    private static ModConfig current;

    private ConfigManager() {
    }

    public static synchronized ModConfig get() {
        if (current == null) {
            current = load();
        }
        return current;
    }

    public static Path configPath() {
        return FabricLoader.getInstance().getConfigDir().resolve(FILE_NAME);
    }

    public static synchronized ModConfig load() {
        Path path = configPath();
        ModConfig config;
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                config = GSON.fromJson(reader, ModConfig.class);
            } catch (IOException | JsonParseException e) {
                LOGGER.error("Could not read {}, falling back to bundled defaults", path, e);
                config = loadBundledDefaults();
            }
        } else {
            config = loadBundledDefaults();
            save(config);
        }
        applyOverrides(config);
        LOGGER.debug("Loaded telemetry config: {}", GSON.toJson(config));
        current = config;
        return config;
    }

    private static ModConfig loadBundledDefaults() {
        try (InputStream in = ConfigManager.class.getResourceAsStream(BUNDLED_DEFAULTS)) {
            if (in == null) {
                return new ModConfig();
            }
            return GSON.fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), ModConfig.class);
        } catch (IOException e) {
            LOGGER.warn("Bundled defaults unreadable, using compiled defaults", e);
            return new ModConfig();
        }
    }

    private static void applyOverrides(ModConfig config) {
        String secure = System.getenv(PostHogDefaults.SECURE_KEY_ENV);
        String fromProperty = System.getProperty(PostHogDefaults.PERSONAL_KEY_PROPERTY);
        if (secure != null && !secure.isBlank()) {
            config.secureFlagsKey = secure;
        } else if (fromProperty != null && !fromProperty.isBlank()) {
            config.secureFlagsKey = fromProperty;
        } else {
            LOGGER.warn("Neither {} nor -D{} is set; using the key from {}",
                    PostHogDefaults.SECURE_KEY_ENV, PostHogDefaults.PERSONAL_KEY_PROPERTY, FILE_NAME);
        }
        String project = System.getenv("POSTHOG_PROJECT_API_KEY");
        if (project != null && !project.isBlank()) {
            config.projectApiKey = project;
        }
    }

    public static synchronized void save(ModConfig config) {
        Path path = configPath();
        try {
            Files.createDirectories(path.getParent());
            try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                GSON.toJson(config, writer);
            }
            current = config;
        } catch (IOException e) {
            LOGGER.error("Could not write {}", path, e);
        }
    }
}
