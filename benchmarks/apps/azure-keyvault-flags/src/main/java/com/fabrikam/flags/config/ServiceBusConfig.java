package com.fabrikam.flags.config;

import com.azure.core.credential.TokenCredential;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusProcessorClient;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import com.fabrikam.flags.flags.FlagSyncListener;
import com.fabrikam.flags.secrets.VaultSecretResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration
public class ServiceBusConfig {

    private static final Logger log = LoggerFactory.getLogger(ServiceBusConfig.class);

    @Bean(initMethod = "start", destroyMethod = "close")
    public ServiceBusProcessorClient flagSyncProcessor(@Value("${azure.servicebus.namespace}") String namespace,
                                                       @Value("${azure.servicebus.queue}") String queueName,
                                                       @Value("${azure.servicebus.max-concurrent-calls:1}") int maxConcurrentCalls,
                                                       VaultSecretResolver secrets,
                                                       TokenCredential credential,
                                                       FlagSyncListener listener) {
        ServiceBusClientBuilder builder = new ServiceBusClientBuilder();
        String connectionString = secrets.resolve(VaultSecretResolver.SERVICEBUS_CONNECTION);
        if (StringUtils.hasText(connectionString)) {
            log.info("Service Bus processor for {} using connection string {}", queueName, connectionString);
            builder.connectionString(connectionString);
        } else {
            log.info("Service Bus processor for {} using managed identity on {}", queueName, namespace);
            builder.fullyQualifiedNamespace(namespace).credential(credential);
        }

        return builder.processor()
                .queueName(queueName)
                .receiveMode(ServiceBusReceiveMode.PEEK_LOCK)
                .disableAutoComplete()
                .maxConcurrentCalls(maxConcurrentCalls)
                .processMessage(listener::onMessage)
                .processError(listener::onError)
                .buildProcessorClient();
    }
}
