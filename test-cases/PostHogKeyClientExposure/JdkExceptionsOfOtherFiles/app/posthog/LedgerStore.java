package app.posthog;

/** Stores ledger entries; its failures say nothing of a key. */
public class LedgerStore {
  public void save(String entry) {
    if (entry.isEmpty()) {
      throw new IllegalStateException("Empty ledger entry");
    }
  }
}
