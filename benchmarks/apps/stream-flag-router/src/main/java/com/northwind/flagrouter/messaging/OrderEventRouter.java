package com.northwind.flagrouter.messaging;

import com.northwind.flagrouter.config.RouterDefaults;
import com.northwind.flagrouter.flags.LocalEvaluationClient;
import com.northwind.flagrouter.rules.RoutingRuleParser;
import com.northwind.flagrouter.rules.RoutingRuleParser.RoutingRule;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The stream functions: route placed orders by flag, and react to flag changes. */
@Configuration
public class OrderEventRouter {

    private static final Logger log = LoggerFactory.getLogger(OrderEventRouter.class);

    private final PostHogInterface flags;
    private final PostHogInterface audit;
    private final List<RoutingRule> rules;

    public OrderEventRouter(
            PostHogInterface flags,
            @Qualifier("auditPostHog") PostHogInterface audit,
            RoutingRuleParser parser,
            @Value("${router.rules}") List<String> ruleExpressions) {
        this.flags = flags;
        this.audit = audit;
        this.rules = ruleExpressions.stream().map(parser::parse).toList();
    }

    @Bean
    public Function<Message<OrderEvent>, Message<RoutedOrder>> routeOrder() {
        return message -> {
            OrderEvent order = message.getPayload();
            String tenantToken = message.getHeaders().get(HeaderNames.TENANT_TOKEN, String.class);
            MDC.put("orderId", order.orderId());
            MDC.put("tenantToken", tenantToken);
            try {
                RoutedOrder routed = decide(order);
                log.debug("Order {} from storefront session {} -> {}", order.orderId(), order.sessionId(), routed.targetTopic());
                audit.capture(order.customerId(), "order_routed",
                        Map.of("topic", routed.targetTopic(), "flag", String.valueOf(routed.decidingFlag())));
                return MessageBuilder.withPayload(routed)
                        .copyHeaders(message.getHeaders())
                        .setHeader(HeaderNames.SEND_TO, routed.targetTopic())
                        .setHeader(HeaderNames.ROUTED_BY_FLAG, routed.decidingFlag())
                        .build();
            } finally {
                MDC.clear();
            }
        };
    }

    @Bean
    public Consumer<Message<String>> flagChanges(LocalEvaluationClient definitions) {
        return message -> {
            String dump = message.getHeaders().toString()
                    .replaceAll("(?i)(" + HeaderNames.TENANT_TOKEN + "=)[^,}]+", "$1<redacted>");
            log.info("Flag change received, headers {}", dump);
            definitions.refresh();
        };
    }

    private RoutedOrder decide(OrderEvent order) {
        for (RoutingRule rule : rules) {
            boolean regionMatches = rule.region() == null || rule.region().equalsIgnoreCase(order.region());
            if (regionMatches && flags.isFeatureEnabled(order.customerId(), rule.flag(), false)) {
                return new RoutedOrder(order, rule.targetTopic(), rule.flag(), Instant.now());
            }
        }
        return new RoutedOrder(order, RouterDefaults.FALLBACK_TOPIC, null, Instant.now());
    }
}
