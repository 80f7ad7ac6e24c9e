package com.northwind.flags.flags;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.Optional;

public class FlagOverrideRepository {

    private final DynamoDbTable<FlagOverride> table;

    public FlagOverrideRepository(DynamoDbEnhancedClient enhancedClient, String tableName) {
        this.table = enhancedClient.table(tableName, TableSchema.fromBean(FlagOverride.class));
    }

    public static FlagOverrideRepository create(String tableName) {
        DynamoDbEnhancedClient enhancedClient = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(DynamoDbClient.create())
                .build();
        return new FlagOverrideRepository(enhancedClient, tableName);
    }

    /** DynamoDB TTL deletion is lazy, so expired items are filtered here as well. */
    public Optional<FlagOverride> find(String distinctId, String flagKey) {
        FlagOverride item = table.getItem(Key.builder()
                .partitionValue(distinctId)
                .sortValue(flagKey)
                .build());
        long now = Instant.now().getEpochSecond();
        return Optional.ofNullable(item)
                .filter(o -> o.getExpiresAt() == 0 || o.getExpiresAt() > now);
    }

    public void save(FlagOverride override) {
        table.putItem(override);
    }
}
