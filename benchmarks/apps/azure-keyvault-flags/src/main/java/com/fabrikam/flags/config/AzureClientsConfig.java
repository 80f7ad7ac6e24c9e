package com.fabrikam.flags.config;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.microsoft.applicationinsights.TelemetryClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration
public class AzureClientsConfig {

    private static final Logger log = LoggerFactory.getLogger(AzureClientsConfig.class);

    @Bean
    public TokenCredential azureCredential(
            @Value("${azure.identity.managed-identity-client-id:}") String managedIdentityClientId) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (StringUtils.hasText(managedIdentityClientId)) {
            log.info("Using user-assigned managed identity {}", managedIdentityClientId);
            builder.managedIdentityClientId(managedIdentityClientId);
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnProperty(name = "azure.keyvault.enabled", havingValue = "true", matchIfMissing = true)
    public SecretClient secretClient(@Value("${azure.keyvault.uri}") String vaultUri,
                                     TokenCredential credential) {
        return new SecretClientBuilder()
                .vaultUrl(vaultUri)
                .credential(credential)
                .buildClient();
    }

    @Bean
    public BlobServiceClient blobServiceClient(@Value("${azure.storage.blob-endpoint}") String endpoint,
                                               TokenCredential credential) {
        return new BlobServiceClientBuilder()
                .endpoint(endpoint)
                .credential(credential)
                .buildClient();
    }

    @Bean
    public TelemetryClient telemetryClient() {
        return new TelemetryClient();
    }
}
