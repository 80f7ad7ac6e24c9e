package com.northbeam.flagsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northbeam.flagsync.config.WarehouseSettings;
import com.northbeam.flagsync.posthog.FlagDefinition;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class WarehouseClient {

    private static final Logger log = LoggerFactory.getLogger(WarehouseClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    enum TokenKind { BEARER, BASIC }

    private final OkHttpClient http;
    private final WarehouseSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final TokenKind token;

    @Inject
    public WarehouseClient(@Named("warehouse") OkHttpClient http, WarehouseSettings settings) {
        this.http = http;
        this.settings = settings;
        this.token = settings.usesBearerToken() ? TokenKind.BEARER : TokenKind.BASIC;
        log.info("warehouse target {}", settings);
        log.info("warehouse auth uses {} token", token);
    }

    public int push(List<FlagDefinition> flags) throws IOException {
        int sent = 0;
        for (int from = 0; from < flags.size(); from += settings.batchSize()) {
            List<FlagDefinition> batch = flags.subList(from, Math.min(flags.size(), from + settings.batchSize()));
            byte[] payload = mapper.writeValueAsBytes(Map.of("source", "posthog", "flags", batch));
            Request request = new Request.Builder()
                    .url(settings.url())
                    .header("Authorization", authorizationValue())
                    .post(RequestBody.create(payload, JSON))
                    .build();
            try (Response response = http.newCall(request).execute()) {
                if (response.code() == 401) {
                    System.err.println("warehouse refused batch: token=" + settings.apiToken() + " user=" + settings.username());
                    throw new IOException("warehouse returned 401 for " + settings.url());
                }
                if (!response.isSuccessful()) {
                    throw new IOException("warehouse returned HTTP " + response.code());
                }
            }
            sent += batch.size();
        }
        log.debug("pushed {} flag definitions in batches of {}", sent, settings.batchSize());
        return sent;
    }

    private String authorizationValue() {
        return token == TokenKind.BEARER
                ? "Bearer " + settings.apiToken()
                : Credentials.basic(settings.username(), settings.password());
    }
}
