package com.acme.flagledger.projection;

import com.acme.flagledger.event.RolloutRequestedEvent;
import com.acme.flagledger.event.RolloutRequestedEvent.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Read model of the ledger: the latest rollout of every flag plus its history,
 * rendered by the admin pages and the weekly digest mail.
 */
@Component
@ProcessingGroup("flag-ledger")
public class FlagLedgerProjection {

    private static final Logger log = LogManager.getLogger(FlagLedgerProjection.class);

    public record LedgerEntry(String flagKey, int from, int to, String requestedBy, String at) {
    }

    private final Map<String, List<LedgerEntry>> history = new ConcurrentHashMap<>();

    @EventHandler
    public void on(RolloutRequestedEvent event) {
        log.info("Projecting rollout change {}", event);
        TokenKind token = event.tokenKind();
        if (token == TokenKind.BREAK_GLASS) {
            log.warn("Flag {} changed through a {} approval token", event.flagKey(), token);
        }
        history.computeIfAbsent(event.flagKey(), k -> new CopyOnWriteArrayList<>())
                .add(new LedgerEntry(event.flagKey(), event.previousPercentage(), event.rolloutPercentage(),
                        event.requestedBy(), event.requestedAt().toString()));
    }

    @ResetHandler
    public void reset() {
        history.clear();
    }

    public List<LedgerEntry> historyOf(String flagKey) {
        return history.getOrDefault(flagKey, List.of());
    }

    public Map<String, List<LedgerEntry>> all() {
        return Map.copyOf(history);
    }
}
