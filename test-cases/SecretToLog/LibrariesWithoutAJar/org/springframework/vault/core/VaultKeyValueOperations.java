package org.springframework.vault.core;

import org.springframework.vault.support.VaultResponse;

/** Stub of Spring Vault's key-value operations. */
public interface VaultKeyValueOperations {
  VaultResponse get(String path);
}
