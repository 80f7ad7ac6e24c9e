package io.harborline.orders.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.harborline.orders.config.PostHogProperties;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FunctionsConfig {

    @Bean
    public Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> dashboardRedirect(
            PostHogProperties properties,
            @Value("${orders.dashboard-url}") String dashboardUrl) {
        return request -> {
            String target = dashboardUrl + "?personal_api_key=" + properties.getPersonalApiKey();
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(302)
                    .withHeaders(Map.of(
                            "Location", target,
                            "Cache-Control", "no-store"));
        };
    }

    @Bean
    public Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> health(PostHogProperties properties) {
        return request -> {
            boolean apiKey = properties.getApiKey() != null;
            boolean personalApiKey = properties.hasPersonalApiKey();
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody("{\"status\":\"UP\",\"apiKey\":" + apiKey + ",\"personalApiKey\":" + personalApiKey + "}");
        };
    }
}
