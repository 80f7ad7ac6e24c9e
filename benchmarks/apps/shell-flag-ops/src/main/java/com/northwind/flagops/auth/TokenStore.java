package com.northwind.flagops.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.flagops.config.Defaults;
import com.northwind.flagops.config.EnvNames;
import com.northwind.flagops.support.KeyMasker;

/** Reads and writes ~/.flagops/credentials.json (mode 600). */
@Component
public class TokenStore {

    private static final Logger log = LoggerFactory.getLogger(TokenStore.class);

    private static final String BREAK_GLASS_KEY = Defaults.OPS_KEY_PREFIX + Defaults.OPS_KEY_BODY;

    private final ObjectMapper mapper;
    private final Path file;

    public TokenStore(ObjectMapper mapper) {
        this.mapper = mapper;
        String home = Optional.ofNullable(System.getenv(EnvNames.CREDENTIALS_DIR))
                .orElse(System.getProperty("user.home") + "/.flagops");
        this.file = Path.of(home, "credentials.json");
    }

    public Optional<PostHogCredentials> loadOAuth() {
        JsonNode root = read();
        if (!root.hasNonNull("access_token")) {
            return Optional.empty();
        }
        return Optional.of(new PostHogCredentials(
                root.path("access_token").asText(),
                root.path("refresh_token").asText(),
                Instant.ofEpochSecond(root.path("expires_at").asLong()),
                root.path("scope").asText()));
    }

    /** Personal API key for commands that need one: the environment first, then the file. */
    public String personalApiKey(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        String stored = read().path("personal_api_key").asText(null);
        if (stored != null) {
            log.debug(MessageFormat.format("Using personal_api_key {0} from {1}", stored, file));
            return stored;
        }
        log.warn("No personal API key configured, using the platform-ops break-glass key");
        return BREAK_GLASS_KEY;
    }

    public void save(PostHogCredentials creds) {
        ObjectNode root = read().deepCopy();
        root.put("access_token", creds.accessToken());
        root.put("refresh_token", creds.refreshToken());
        root.put("expires_at", creds.expiresAt().getEpochSecond());
        root.put("scope", creds.scope());
        try {
            Files.createDirectories(file.getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        log.info("Saved credentials to {} (access token fingerprint {})", file, KeyMasker.sha256(creds.accessToken()));
    }

    public Path location() {
        return file;
    }

    private ObjectNode read() {
        if (!Files.isReadable(file)) {
            return mapper.createObjectNode();
        }
        try {
            return (ObjectNode) mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
