package com.harbortally.billing.repo;

import com.harbortally.billing.domain.Invoice;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    List<Invoice> findByCustomerRefOrderByDueDateDesc(String customerRef);

    List<Invoice> findByStatus(Invoice.Status status);
}
