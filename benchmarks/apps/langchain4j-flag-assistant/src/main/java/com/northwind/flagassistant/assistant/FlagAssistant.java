package com.northwind.flagassistant.assistant;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

public interface FlagAssistant {

    @SystemMessage("""
            You are Northwind's feature flag assistant. You answer questions about the
            feature flags of our PostHog project: which flags exist, whether they are active,
            how they are rolled out and whether a flag is on for a given user.
            Always use the tools to look things up; never guess flag states.
            Keep answers short and mention the flag key in backticks.
            """)
    Result<String> chat(@MemoryId String conversationId, @UserMessage String message);
}
