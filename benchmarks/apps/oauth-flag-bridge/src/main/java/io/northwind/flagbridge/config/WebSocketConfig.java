package io.northwind.flagbridge.config;

import io.northwind.flagbridge.ws.AccessTokenHandshakeInterceptor;
import io.northwind.flagbridge.ws.FlagUpdateWebSocketHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

@Configuration
@EnableWebSocket
public class WebSocketConfig implements WebSocketConfigurer {

    private final FlagUpdateWebSocketHandler flagUpdateHandler;
    private final AccessTokenHandshakeInterceptor accessTokenInterceptor;
    private final FlagBridgeProperties properties;

    public WebSocketConfig(FlagUpdateWebSocketHandler flagUpdateHandler,
                           AccessTokenHandshakeInterceptor accessTokenInterceptor,
                           FlagBridgeProperties properties) {
        this.flagUpdateHandler = flagUpdateHandler;
        this.accessTokenInterceptor = accessTokenInterceptor;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(flagUpdateHandler, "/ws/flags")
                .addInterceptors(new HttpSessionHandshakeInterceptor(), accessTokenInterceptor)
                .setAllowedOrigins(properties.frontendUrl().toString());
    }
}
