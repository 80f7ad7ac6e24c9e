package com.northwind.onboarding.repository;

import com.northwind.onboarding.domain.PartnerCredential;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PartnerCredentialRepository extends JpaRepository<PartnerCredential, Long> {

    Optional<PartnerCredential> findByPartnerId(String partnerId);
}
