package com.northwind.opsadmin.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAccountRepository extends JpaRepository<ServiceAccount, Long> {

    Optional<ServiceAccount> findByName(String name);

    List<ServiceAccount> findByNameContainingIgnoreCaseOrOwnerContainingIgnoreCaseOrderByName(String name, String owner);

    long countByEnabledTrue();
}
