package com.northwind.flagstream.config;

import com.northwind.flagstream.ws.FlagSocketHandler;
import com.northwind.flagstream.ws.StreamHandshakeInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {

    private final FlagSocketHandler flagSocketHandler;
    private final StreamHandshakeInterceptor handshakeInterceptor;

    public WebSocketConfig(FlagSocketHandler flagSocketHandler, StreamHandshakeInterceptor handshakeInterceptor) {
        this.flagSocketHandler = flagSocketHandler;
        this.handshakeInterceptor = handshakeInterceptor;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(flagSocketHandler, "/ws/flags")
                .addInterceptors(handshakeInterceptor)
                .setAllowedOriginPatterns("https://*.northwind.dev");
    }
}
