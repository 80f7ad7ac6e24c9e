import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.vault.core.VaultTemplate;
import org.springframework.vault.support.VaultResponse;

/** What a Vault path holds is its secrets: the whole map, and each value taken from it. */
public class VaultSecretsRead {
  private static final Logger log = LoggerFactory.getLogger(VaultSecretsRead.class);
  private final VaultTemplate vault;

  VaultSecretsRead(VaultTemplate vault) {
    this.vault = vault;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> read(String path) {
    VaultResponse response = vault.read(path);
    Map<String, Object> data =
        (Map<String, Object>) response.getData().getOrDefault("data", response.getData());
    log.debug("Loaded secrets from {}: {}", path, data); // Noncompliant
    log.info("Loaded {} secrets from {}, version {}", data.size(), path, response.getMetadata());
    log.info("Loaded the fields {} from {}", data.keySet(), path);
    log.info("personal key {}", data.get("personal_api_key")); // Noncompliant
    return data;
  }
}
