package dev.opsbots.flagbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public final class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    private final Map<String, String> env;

    public ConfigLoader() {
        this(System.getenv());
    }

    ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public BotConfig load() {
        Map<String, Object> root = readYaml();
        Map<String, Object> telegram = section(root, "telegram");
        Map<String, Object> operators = section(root, "operators");
        Map<String, Object> posthog = section(root, "posthog");

        String botToken = env.getOrDefault(Defaults.TELEGRAM_TOKEN_ENV, string(telegram, "token"));
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalStateException("Telegram bot token missing: set " + Defaults.TELEGRAM_TOKEN_ENV);
        }

        String passphrase = env.getOrDefault(Defaults.PASSPHRASE_ENV, string(operators, "passphrase"));
        Object minutes = operators.getOrDefault("session-minutes", Defaults.SESSION_MINUTES);

        BotConfig config = new BotConfig(
                string(telegram, "username"),
                botToken,
                chatIds(telegram.get("allowed-chats")),
                passphrase,
                Duration.ofMinutes(((Number) minutes).longValue()),
                posthogSettings(posthog));
        log.info("Loaded configuration for @{} ({} allowed chats)", config.botUsername(), config.allowedChatIds().size());
        return config;
    }

    private PostHogSettings posthogSettings(Map<String, Object> yaml) {
        PostHogSettings settings = new PostHogSettings();
        settings.setHost(env.getOrDefault("POSTHOG_HOST", string(yaml, "host")));
        Object projectId = yaml.get("project-id");
        if (projectId instanceof Number n) {
            settings.setProjectId(n.longValue());
        }
        settings.setProjectApiKey(env.getOrDefault("POSTHOG_PROJECT_API_KEY", string(yaml, "project-api-key")));
        settings.setSecureApiKey(string(yaml, "secure-api-key"));
        settings.setKeyHint(string(yaml, "key-hint"));
        settings.setOauthAccessToken(env.get(Defaults.OAUTH_TOKEN_ENV));
        settings.setDebug(Boolean.TRUE.equals(yaml.get("debug")));
        settings.setHttpLogLevel(env.getOrDefault("FLAGBOT_HTTP_LOG_LEVEL", string(yaml, "http-log-level")));

        String personalKey = env.get(Defaults.PERSONAL_KEY_ENV);
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = string(yaml, "personal-api-key");
        }
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("{} is not set, checked env {} as well", Defaults.PERSONAL_KEY_PROPERTY, Defaults.PERSONAL_KEY_ENV);
            personalKey = Defaults.PERSONAL_KEY_PREFIX + Defaults.STAGING_KEY_BODY;
            System.err.println("[flagbot] no personal API key configured, using staging key " + personalKey);
        }
        settings.setPersonalApiKey(personalKey);
        log.debug("Personal API key loaded ({} chars)", personalKey.length());

        if (settings.getKeyHint() != null && !settings.getKeyHint().endsWith(personalKey.substring(personalKey.length() - 4))) {
            log.warn("Personal API key does not match the expected hint {}", settings.getKeyHint());
        }
        return settings;
    }

    private Map<String, Object> readYaml() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        String path = env.get(Defaults.CONFIG_ENV);
        try (InputStream in = path != null
                ? Files.newInputStream(Path.of(path))
                : ConfigLoader.class.getClassLoader().getResourceAsStream(Defaults.CONFIG_FILE)) {
            if (in == null) {
                throw new IllegalStateException("No " + Defaults.CONFIG_FILE + " on the classpath");
            }
            Map<String, Object> loaded = yaml.load(in);
            return loaded == null ? Collections.emptyMap() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration " + path, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> root, String name) {
        Object value = root.get(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Collections.emptyMap();
    }

    private String string(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? null : resolvePlaceholders(value.toString());
    }

    private String resolvePlaceholders(String raw) {
        Matcher matcher = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String fallback = matcher.group(2) == null ? "" : matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(matcher.group(1), fallback)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Set<Long> chatIds(Object raw) {
        if (!(raw instanceof List<?> list)) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object item : list) {
            ids.add(((Number) item).longValue());
        }
        return Collections.unmodifiableSet(ids);
    }
}
