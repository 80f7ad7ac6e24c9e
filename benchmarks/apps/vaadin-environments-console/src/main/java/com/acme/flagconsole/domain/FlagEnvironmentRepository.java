package com.acme.flagconsole.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagEnvironmentRepository extends JpaRepository<FlagEnvironment, Long> {

    Optional<FlagEnvironment> findByName(String name);

    List<FlagEnvironment> findAllByOrderByNameAsc();
}
