package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every multi-file case, compiled in one javac run: each file gets its markers' findings, though
 * the secret, the logger or the type that tells comes from another file of the compilation.
 */
class CaseProjectsTest {

  static List<CaseProject> cases() {
    return CaseProject.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedIssuesOfEveryFile(CaseProject project) {
    var result = ErrorProneCompilation.compile(project.paths(), List.of(project.ruleId()));

    List<String> mismatches = new ArrayList<>();
    for (CaseFile file : project.files()) {
      List<CaseFile.Reported> reported =
          result.diagnostics().stream()
              .filter(d -> d.check().equals(project.ruleId()))
              .filter(d -> d.file().equals(file.path().getFileName().toString()))
              .map(d -> new CaseFile.Reported((int) d.line(), d.text(), d.secondaryLines()))
              .toList();
      mismatches.addAll(file.mismatches(reported));
    }
    assertThat(mismatches).as(result.output()).isEmpty();
    assertThat(result.success())
        .as(result.output())
        .isEqualTo(project.files().stream().allMatch(f -> f.expectedLines().isEmpty()));
  }
}
