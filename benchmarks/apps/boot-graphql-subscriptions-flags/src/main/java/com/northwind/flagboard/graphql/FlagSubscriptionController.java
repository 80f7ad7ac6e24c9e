package com.northwind.flagboard.graphql;

import com.northwind.flagboard.graphql.Payloads.FlagChangeEvent;
import com.northwind.flagboard.graphql.Payloads.PollerStatus;
import com.northwind.flagboard.service.FlagEvaluationService;
import java.time.Duration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * Subscriptions are served over graphql-transport-ws at /graphql-ws; the connection is
 * authenticated by {@link GraphQlAuthInterceptor}.
 */
@Controller
public class FlagSubscriptionController {

    private static final Duration POLLER_STATUS_PERIOD = Duration.ofSeconds(15);

    private final FlagEvaluationService evaluation;

    public FlagSubscriptionController(FlagEvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @SubscriptionMapping
    public Flux<FlagChangeEvent> flagChanges(@Argument String environment) {
        return evaluation.changes().filter(event -> event.environment().equals(environment));
    }

    /**
     * Drives the "flag poller" widget on the ops dashboard.
     */
    @SubscriptionMapping
    public Flux<PollerStatus> pollerStatus() {
        return Flux.interval(Duration.ZERO, POLLER_STATUS_PERIOD).map(tick -> evaluation.pollerStatus());
    }
}
