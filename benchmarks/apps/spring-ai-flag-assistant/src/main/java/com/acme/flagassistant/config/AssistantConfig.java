package com.acme.flagassistant.config;

import com.acme.flagassistant.tools.FeatureFlagTools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.SimpleLoggerAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.ChatMemoryRepository;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AssistantConfig {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfig.class);

    private static final String SYSTEM_PROMPT = """
            You are the feature-flag assistant of the ACME platform team.
            You answer questions about the PostHog feature flags of the current project
            and you can enable or disable flags with the tools you are given.
            Never change a flag unless the user explicitly confirmed the change in this conversation.
            When you list flags, show key, name, active state and rollout percentage as a short table.
            """;

    @Bean
    ChatMemory chatMemory(ChatMemoryRepository chatMemoryRepository) {
        return MessageWindowChatMemory.builder()
                .chatMemoryRepository(chatMemoryRepository)
                .maxMessages(30)
                .build();
    }

    @Bean
    ChatClient flagAssistantChatClient(ChatClient.Builder builder,
                                       ChatMemory chatMemory,
                                       FeatureFlagTools featureFlagTools,
                                       @Value("${spring.ai.openai.api-key}") String openAiApiKey,
                                       @Value("${spring.ai.openai.chat.options.model}") String model,
                                       @Value("${spring.ai.openai.chat.options.max-tokens:800}") int maxTokens) {
        log.info("Flag assistant uses model {} with maxTokens={}", model, maxTokens);
        log.debug("OpenAI client configured with api key {}", openAiApiKey);
        return builder
                .defaultSystem(SYSTEM_PROMPT)
                .defaultTools(featureFlagTools)
                .defaultAdvisors(
                        MessageChatMemoryAdvisor.builder(chatMemory).build(),
                        new SimpleLoggerAdvisor())
                .build();
    }

    @Bean
    ApplicationRunner chatMemoryStoreBanner(DataSourceProperties dataSource) {
        return args -> log.info("Chat memory stored in {} (user={}, password={})",
                dataSource.getUrl(), dataSource.getUsername(), dataSource.getPassword());
    }
}
