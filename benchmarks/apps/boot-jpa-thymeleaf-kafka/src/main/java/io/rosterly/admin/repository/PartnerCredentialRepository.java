package io.rosterly.admin.repository;

import io.rosterly.admin.domain.PartnerCredential;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

public interface PartnerCredentialRepository extends JpaRepository<PartnerCredential, Long> {

    List<PartnerCredential> findByActiveTrueOrderByPartnerNameAsc();

    @Query("select c from PartnerCredential c where c.active = true and (c.rotatedAt is null or c.rotatedAt < :cutoff)")
    List<PartnerCredential> findDueForRotation(Instant cutoff);
}
