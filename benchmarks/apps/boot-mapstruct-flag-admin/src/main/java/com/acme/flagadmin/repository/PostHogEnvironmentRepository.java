package com.acme.flagadmin.repository;

import com.acme.flagadmin.domain.PostHogEnvironment;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostHogEnvironmentRepository extends JpaRepository<PostHogEnvironment, Long> {

    Optional<PostHogEnvironment> findByName(String name);
}
