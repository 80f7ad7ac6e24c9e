package io.github.posthogguard.ide;

import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.RuleContextualSectionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.RuleDescriptionTabDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.RuleMonolithicDescriptionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.RuleSplitDescriptionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Either;

/** The HTML the IDE would show for a rule's description, whichever shape the engine sent. */
final class RuleDescriptionText {
  private RuleDescriptionText() {}

  static String html(Either<RuleMonolithicDescriptionDto, RuleSplitDescriptionDto> description) {
    if (description.isLeft()) {
      return description.getLeft().getHtmlContent();
    }
    RuleSplitDescriptionDto split = description.getRight();
    StringBuilder html = new StringBuilder();
    if (split.getIntroductionHtmlContent() != null) {
      html.append(split.getIntroductionHtmlContent()).append('\n');
    }
    for (RuleDescriptionTabDto tab : split.getTabs()) {
      html.append("<h2>").append(tab.getTitle()).append("</h2>\n");
      if (tab.getContent().isLeft()) {
        html.append(tab.getContent().getLeft().getHtmlContent()).append('\n');
      } else {
        for (RuleContextualSectionDto section :
            tab.getContent().getRight().getContextualSections()) {
          html.append(section.getHtmlContent()).append('\n');
        }
      }
    }
    return html.toString();
  }
}
