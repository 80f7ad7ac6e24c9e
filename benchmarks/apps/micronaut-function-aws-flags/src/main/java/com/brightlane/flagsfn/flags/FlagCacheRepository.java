package com.brightlane.flagsfn.flags;

import com.brightlane.flagsfn.util.SecretMasker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

@Singleton
public class FlagCacheRepository {

    private static final Logger LOG = LoggerFactory.getLogger(FlagCacheRepository.class);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final long ttlSeconds;

    public FlagCacheRepository(DynamoDbClient dynamoDb,
                               @Value("${flags.cache-table}") String tableName,
                               @Value("${flags.cache-ttl-seconds:120}") long ttlSeconds) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.ttlSeconds = ttlSeconds;
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }

    public Optional<Map<String, Object>> find(String distinctId) {
        GetItemResponse response = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(key(distinctId))))
                .consistentRead(false)
                .build());
        if (!response.hasItem()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        long expiresAt = Long.parseLong(item.get("expires_at").n());
        if (expiresAt < Instant.now().getEpochSecond()) {
            // TTL deletion in DynamoDB lags by up to 48h
            return Optional.empty();
        }
        Map<String, Object> flags = new LinkedHashMap<>();
        item.get("flags").m().forEach((flag, value) ->
                flags.put(flag, value.bool() != null ? value.bool() : value.s()));
        return Optional.of(flags);
    }

    public void save(FlagCacheEntry entry) {
        Map<String, AttributeValue> flagValues = new HashMap<>();
        entry.flags().forEach((flag, value) -> flagValues.put(flag, value instanceof Boolean b
                ? AttributeValue.fromBool(b)
                : AttributeValue.fromS(String.valueOf(value))));

        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(key(entry.distinctId())));
        item.put("flags", AttributeValue.fromM(flagValues));
        item.put("expires_at", AttributeValue.fromN(Long.toString(entry.expiresAtEpochSecond())));
        if (entry.sessionToken() != null) {
            item.put("session_sha256", AttributeValue.fromS(SecretMasker.sha256Hex(entry.sessionToken())));
        }
        dynamoDb.putItem(PutItemRequest.builder().tableName(tableName).item(item).build());
        LOG.debug("Cached {}", entry);
    }

    private static String key(String distinctId) {
        return "flags#" + distinctId;
    }
}
