package ops;

public record FlagStatus(String host, boolean localEvaluation, String evaluationKey) {}
