package com.northwind.helpdesk.config;

import com.northwind.helpdesk.ws.SessionHandshakeLogger;
import com.northwind.helpdesk.ws.SupportChatHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

@Configuration
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {

    private final SupportChatHandler chatHandler;
    private final SessionHandshakeLogger handshakeLogger;
    private final String[] allowedOrigins;

    public WebSocketConfig(SupportChatHandler chatHandler, SessionHandshakeLogger handshakeLogger,
                           @Value("${helpdesk.widget.allowed-origins:https://www.northwind.example}") String[] allowedOrigins) {
        this.chatHandler = chatHandler;
        this.handshakeLogger = handshakeLogger;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(chatHandler, "/ws/chat")
                .addInterceptors(handshakeLogger, new HttpSessionHandshakeInterceptor())
                .setAllowedOrigins(allowedOrigins);
    }
}
