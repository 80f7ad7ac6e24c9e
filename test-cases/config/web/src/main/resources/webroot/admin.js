// Vert.x's StaticHandler serves src/main/resources/webroot by default: every browser gets this file.
const flagsSecureKey = 'phs_h5cTNSnRfaEThAQr6s4ywMs6P6h9XTf5PwZcZQE68SfWj3td'; // Noncompliant: HardcodedPostHogKey, PostHogKeyClientExposure
