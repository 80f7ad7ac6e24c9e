package io.ledgerly.billing.invoicing;

import com.posthog.server.PostHogInterface;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Nightly invoice run; reports progress to PostHog as audit events. */
@Slf4j
@Service
public class InvoiceRunService {

  /** How the tenant's billing integration authenticates against us; stored on the tenant row. */
  public enum TokenType {
    API_KEY,
    OAUTH_CLIENT_CREDENTIALS,
    SIGNED_WEBHOOK
  }

  private final PostHogInterface audit;
  private final InvoiceGateway gateway;
  private final AtomicLong runSequence = new AtomicLong();

  public InvoiceRunService(@Qualifier("audit") PostHogInterface audit, InvoiceGateway gateway) {
    this.audit = audit;
    this.gateway = gateway;
  }

  @Scheduled(cron = "0 30 2 * * *", zone = "UTC")
  public void nightlyRun() {
    long sessionId = runSequence.incrementAndGet();
    Instant started = Instant.now();
    log.info("Invoice run session {} started", sessionId);

    for (InvoiceGateway.Tenant tenant : gateway.tenantsDue()) {
      TokenType token = tenant.tokenType();
      int apiKeyVersion = tenant.apiKeyVersion();
      log.debug("Tenant {} authenticates with {} (key version {})", tenant.id(), token, apiKeyVersion);
      int invoices = gateway.issueInvoices(tenant.id());
      audit.capture(tenant.id(), "invoice_run_tenant_completed", Map.of("invoices", invoices, "run", sessionId));
    }
    log.info("Invoice run session {} finished in {}", sessionId, Duration.between(started, Instant.now()));
  }

  /** Persistence and PDF generation for invoices (JPA implementation in ledgerly-billing-persistence). */
  public interface InvoiceGateway {

    record Tenant(String id, TokenType tokenType, int apiKeyVersion) {}

    List<Tenant> tenantsDue();

    int issueInvoices(String tenantId);
  }
}
