package com.northwind.flagassistant.config;

import com.northwind.flagassistant.assistant.FlagAssistant;
import com.northwind.flagassistant.assistant.FlagTools;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AssistantConfig {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfig.class);

    @Bean
    public ChatModel chatModel(OpenAiProperties openAi) {
        log.info("Creating OpenAI chat model {} (apiKey={})", openAi.modelName(), openAi.apiKey());
        return OpenAiChatModel.builder()
                .apiKey(openAi.apiKey())
                .modelName(openAi.modelName())
                .temperature(openAi.temperature())
                .timeout(Duration.ofSeconds(60))
                .maxRetries(2)
                .build();
    }

    @Bean
    public ChatMemoryProvider chatMemoryProvider(OpenAiProperties openAi) {
        InMemoryChatMemoryStore store = new InMemoryChatMemoryStore();
        int window = openAi.memoryWindow() == null ? 20 : openAi.memoryWindow();
        return memoryId -> MessageWindowChatMemory.builder()
                .id(memoryId)
                .maxMessages(window)
                .chatMemoryStore(store)
                .build();
    }

    @Bean
    public FlagAssistant flagAssistant(ChatModel chatModel,
                                       ChatMemoryProvider chatMemoryProvider,
                                       FlagTools flagTools) {
        return AiServices.builder(FlagAssistant.class)
                .chatModel(chatModel)
                .chatMemoryProvider(chatMemoryProvider)
                .tools(flagTools)
                .build();
    }
}
