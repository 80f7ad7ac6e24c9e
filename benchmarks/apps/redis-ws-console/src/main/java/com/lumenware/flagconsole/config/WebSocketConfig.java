package com.lumenware.flagconsole.config;

import com.lumenware.flagconsole.ws.ConsoleSocketHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

@Configuration
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {

    private final ConsoleSocketHandler consoleSocketHandler;

    public WebSocketConfig(ConsoleSocketHandler consoleSocketHandler) {
        this.consoleSocketHandler = consoleSocketHandler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(consoleSocketHandler, "/ws/console")
                .addInterceptors(new HttpSessionHandshakeInterceptor())
                .setAllowedOriginPatterns("https://*.lumenware.io", "http://localhost:[*]");
    }
}
