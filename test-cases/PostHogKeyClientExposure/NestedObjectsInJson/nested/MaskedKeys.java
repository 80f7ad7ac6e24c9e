package nested;

/** What a page may see of the keys: the project key and a hint of the personal key. */
public record MaskedKeys(String projectApiKey, String personalKeyHint) {}
