package com.acme.analytics.enricher.config;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Builds {@link EnricherSettings} from three layers, last one wins: the defaults packed in the
 * jar, the properties file named by {@code --config} (or {@code ENRICHER_CONFIG}), and the
 * command line.
 */
public final class SettingsLoader {

    private static final Logger LOG = LogManager.getLogger(SettingsLoader.class);
    private static final String DEFAULTS_RESOURCE = "/enricher.properties";

    private SettingsLoader() {
    }

    public static ParameterTool loadParameters(String[] args) {
        ParameterTool cli = ParameterTool.fromArgs(args);
        Properties defaults = defaults();
        Map<String, String> defaultMap = new HashMap<>();
        defaults.stringPropertyNames().forEach(name -> defaultMap.put(name, defaults.getProperty(name)));
        ParameterTool merged = ParameterTool.fromMap(defaultMap);

        String configPath = cli.get("config", System.getenv("ENRICHER_CONFIG"));
        if (configPath != null && Files.isReadable(Path.of(configPath))) {
            try {
                merged = merged.mergeWith(ParameterTool.fromPropertiesFile(configPath));
                LOG.info("Loaded enricher config from {}", configPath);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + configPath, e);
            }
        }
        return merged.mergeWith(cli);
    }

    public static EnricherSettings load(String[] args) {
        ParameterTool params = loadParameters(args);
        EnricherSettings settings = EnricherSettings.fromParameters(params);
        LOG.info("Effective settings: {}", settings);

        String secureKey = settings.getSecureApiKey();
        if (secureKey != null) {
            LOG.info("Flags secure key fingerprint {}",
                    Hashing.sha256().hashString(secureKey, StandardCharsets.UTF_8).toString().substring(0, 12));
        }
        return settings;
    }

    private static Properties defaults() {
        Properties props = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE, e);
        }
        LOG.debug("Classpath defaults: {}", props);
        return props;
    }
}
