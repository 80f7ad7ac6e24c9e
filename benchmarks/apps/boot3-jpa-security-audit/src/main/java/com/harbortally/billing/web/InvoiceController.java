package com.harbortally.billing.web;

import com.harbortally.billing.analytics.FeatureFlagService;
import com.harbortally.billing.audit.AuditMessages;
import com.harbortally.billing.audit.AuditService;
import com.harbortally.billing.domain.Invoice;
import com.harbortally.billing.repo.InvoiceRepository;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private final InvoiceRepository invoices;
    private final FeatureFlagService featureFlags;
    private final AuditService auditService;

    public InvoiceController(InvoiceRepository invoices, FeatureFlagService featureFlags, AuditService auditService) {
        this.invoices = invoices;
        this.featureFlags = featureFlags;
        this.auditService = auditService;
    }

    @GetMapping
    public List<Invoice> byCustomer(@RequestParam String customerRef) {
        return invoices.findByCustomerRefOrderByDueDateDesc(customerRef);
    }

    @PostMapping("/bulk-void")
    @Transactional
    public Map<String, Object> bulkVoid(@RequestBody List<Long> ids, Principal principal) {
        if (!featureFlags.isEnabled(FeatureFlagService.FLAG_BULK_VOID, principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Invoice> found = invoices.findAllById(ids);
        for (Invoice invoice : found) {
            invoice.setStatus(Invoice.Status.VOID);
            auditService.record(AuditMessages.invoiceChanged(principal.getName(), invoice.getId(), "VOID"));
        }
        featureFlags.capture(principal.getName(), "invoices_bulk_voided", Map.of("count", found.size()));
        return Map.of("voided", found.size());
    }
}
