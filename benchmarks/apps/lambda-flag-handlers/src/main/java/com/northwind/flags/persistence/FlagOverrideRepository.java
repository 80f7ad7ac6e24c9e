package com.northwind.flags.persistence;

import com.northwind.flags.exception.FlagServiceException;
import com.northwind.flags.model.CallerContext;
import java.time.Instant;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Per-user flag overrides (QA and support use them to force a variant).
 */
public class FlagOverrideRepository {

    private static final Logger LOG = LogManager.getLogger(FlagOverrideRepository.class);
    private static final long OVERRIDE_TTL_SECONDS = 7 * 24 * 3600;

    private final DynamoDbClient dynamo;
    private final String tableName;

    public FlagOverrideRepository(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    public void save(CallerContext caller, String flagKey, Object value) {
        long now = Instant.now().getEpochSecond();
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.builder().s("USER#" + caller.distinctId()).build(),
                "sk", AttributeValue.builder().s("FLAG#" + flagKey).build(),
                "value", AttributeValue.builder().s(String.valueOf(value)).build(),
                "updatedAt", AttributeValue.builder().n(Long.toString(now)).build(),
                "expiresAt", AttributeValue.builder().n(Long.toString(now + OVERRIDE_TTL_SECONDS)).build());
        LOG.info("Saving flag override {}={} requested by {}", flagKey, value, caller);
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(item)
                    .build());
        } catch (DynamoDbException e) {
            throw new FlagServiceException("Could not save override for flag " + flagKey, e);
        }
    }
}
