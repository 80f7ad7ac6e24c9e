package org.springframework.vault.core;

import org.springframework.vault.support.VaultResponse;

/** Stub of Spring Vault's template. */
public class VaultTemplate implements VaultOperations {
  @Override
  public VaultResponse read(String path) {
    return null;
  }

  @Override
  public VaultKeyValueOperations opsForKeyValue(String path) {
    return null;
  }
}
