package io.brightloop.flagproxy.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Parses the JSON body of POST /admin/login. */
@Singleton
public final class AdminLoginParser {

    public record AdminCredentials(String username, String password) {
    }

    private final ObjectMapper mapper;

    @Inject
    AdminLoginParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public AdminCredentials parse(String body) throws IOException {
        JsonNode node = mapper.readTree(body);
        String username = node.path("username").asText("");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        return new AdminCredentials(username, node.path("password").asText(""));
    }
}
