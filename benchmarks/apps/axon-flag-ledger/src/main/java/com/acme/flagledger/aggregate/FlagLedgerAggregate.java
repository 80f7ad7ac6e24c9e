package com.acme.flagledger.aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.acme.flagledger.command.RequestRolloutCommand;
import com.acme.flagledger.event.RolloutRequestedEvent;
import com.acme.flagledger.event.RolloutRequestedEvent.TokenKind;
import java.time.Instant;
import java.util.StringTokenizer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class FlagLedgerAggregate {

    private static final Logger log = LogManager.getLogger(FlagLedgerAggregate.class);

    @AggregateIdentifier
    private String flagKey;
    private int rolloutPercentage;

    protected FlagLedgerAggregate() {
        // required by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestRolloutCommand command) {
        if (command.rolloutPercentage() < 0 || command.rolloutPercentage() > 100) {
            throw new IllegalArgumentException("Rollout must be between 0 and 100, was " + command.rolloutPercentage());
        }
        validateTargeting(command.targetingExpression());
        TokenKind kind = command.approvalToken().startsWith("bg-") ? TokenKind.BREAK_GLASS : TokenKind.MAIL_LINK;
        apply(new RolloutRequestedEvent(
                command.flagKey(),
                rolloutPercentage,
                command.rolloutPercentage(),
                command.targetingExpression(),
                command.requestedBy(),
                command.approvalToken(),
                kind,
                Instant.now()));
    }

    private void validateTargeting(String expression) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        StringTokenizer tokenizer = new StringTokenizer(expression, " &|()", true);
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            if (token.isEmpty()) {
                continue;
            }
            log.trace("targeting token '{}'", token);
            if (token.contains("=") && token.indexOf('=') == 0) {
                throw new IllegalArgumentException("Property name missing before '=' in " + expression);
            }
        }
    }

    @EventSourcingHandler
    public void on(RolloutRequestedEvent event) {
        this.flagKey = event.flagKey();
        this.rolloutPercentage = event.rolloutPercentage();
    }
}
