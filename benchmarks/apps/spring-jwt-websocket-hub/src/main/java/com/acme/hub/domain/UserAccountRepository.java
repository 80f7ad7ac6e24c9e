package com.acme.hub.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByApiToken(String apiToken);

    boolean existsByUsername(String username);

    @Query("select u from UserAccount u where u.role = com.acme.hub.domain.UserAccount.Role.BOT and u.enabled = true")
    List<UserAccount> findActiveBots();
}
