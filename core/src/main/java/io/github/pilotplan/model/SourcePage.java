package io.github.pilotplan.model;

import io.github.pilotplan.internal.style.PilotplanJson;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What the page the text came from says about itself: the site's banner, whether it holds only
 * part of the document, and how many pages the document has.
 *
 * <pre>{@code
 * SourcePage page = plan.page();
 * page.site();         // Optional[法搜网--中国法律信息搜索网]
 * page.isPartial();    // true: "上面法规内容为部分内容"
 * page.totalPages();   // OptionalInt[10]
 * }</pre>
 */
@Value.Immutable
@PilotplanJson
public abstract class SourcePage {

  SourcePage() {}

  /** The site banner line (folded, like every string of the model). */
  public abstract Optional<String> site();

  /** Whether the page says it holds only part of the document's text. */
  public abstract boolean isPartial();

  /** The number of pages of the document, from the page's pagination. */
  public abstract OptionalInt totalPages();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds source-page facts. */
  public static final class Builder extends ImmutableSourcePage.Builder {}
}
