package com.acme.flagassistant.web.dto;

public record ChatReply(String conversationId, String answer, Integer promptTokens, Integer completionTokens) {
}
