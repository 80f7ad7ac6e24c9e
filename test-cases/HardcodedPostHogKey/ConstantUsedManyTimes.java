/** A constant is reported where its key is assembled, not at each use. */
public class ConstantUsedManyTimes {
  static final String KEY = "phx_XLpYC4YyGYddswGSg2ZPzF84qFni8LmNktNtWLMkoNhTNhaK"; // Noncompliant
  static final String HEADER = "Bearer " + KEY;

  String header() {
    return "Authorization: " + HEADER;
  }

  String copy() {
    return KEY.concat("");
  }

  String joined() {
    return String.join(" ", "Bearer", KEY);
  }
}
