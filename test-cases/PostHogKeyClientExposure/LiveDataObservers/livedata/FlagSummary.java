package livedata;

/** What the last sync found; its hand-written toString shows the key it evaluated with. */
public final class FlagSummary {
  private final int active;
  private final String evaluationKey;

  public FlagSummary(int active, String evaluationKey) {
    this.active = active;
    this.evaluationKey = evaluationKey;
  }

  public int active() {
    return active;
  }

  @Override
  public String toString() {
    return active + " flags active with " + evaluationKey;
  }
}
