package flags;

/** A service other components are given by its interface (OSGi, Spring, CDI). */
public interface FlagService {
  String localEvaluationKey();

  String host();
}
