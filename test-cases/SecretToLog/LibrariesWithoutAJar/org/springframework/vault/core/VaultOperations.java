package org.springframework.vault.core;

import org.springframework.vault.support.VaultResponse;

/** Stub of Spring Vault's operations. */
public interface VaultOperations {
  VaultResponse read(String path);

  VaultKeyValueOperations opsForKeyValue(String path);
}
