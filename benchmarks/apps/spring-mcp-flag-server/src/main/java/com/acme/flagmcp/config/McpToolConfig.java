package com.acme.flagmcp.config;

import com.acme.flagmcp.tools.FeatureFlagTools;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.method.MethodToolCallbackProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the @Tool methods with the MCP server auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
public class McpToolConfig {

    @Bean
    ToolCallbackProvider featureFlagToolCallbacks(FeatureFlagTools featureFlagTools) {
        return MethodToolCallbackProvider.builder()
                .toolObjects(featureFlagTools)
                .build();
    }
}
