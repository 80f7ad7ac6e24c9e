package com.brightlane.flagsfn.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * In Lambda the DynamoDbClient comes from micronaut-aws-sdk-v2. For local runs we
 * point it at dynamodb-local from docker-compose.yml.
 */
@Factory
public class AwsClientFactory {

    @Singleton
    @Requires(env = "local")
    @Replaces(DynamoDbClient.class)
    DynamoDbClient localDynamoDb(@Value("${dynamodb.endpoint}") String endpoint,
                                 @Value("${aws.local.access-key-id}") String accessKeyId,
                                 @Value("${aws.local.secret-access-key}") String secretAccessKey) {
        System.out.println("Using DynamoDB Local at " + endpoint + " with credentials "
                + accessKeyId + ":" + secretAccessKey);
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
