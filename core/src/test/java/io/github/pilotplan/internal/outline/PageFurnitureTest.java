package io.github.pilotplan.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * {@link PageFurniture} on the seed's own furniture: its banner (line 1), pagination (59), partial
 * notice (60), links (61) and 相关文章 heading (63), against its title (2) and statements.
 */
class PageFurnitureTest {

  private static final SourceText SEED = SourceText.of(PlanLoader.seed().text());

  private static Region line(int n) {
    return SEED.line(n).trim();
  }

  @Test
  void theSeedsLinesAreTheOnesReadByHand() {
    assertThat(line(1).text()).isEqualTo("法搜网--中国法律信息搜索网");
    assertThat(line(59).text()).isEqualTo("第 [1] [2] [3] [4] [5] [6] [7] [8] [9] 页 共[10]页");
    assertThat(line(61).text()).isEqualTo("【发表评论】 【互动社区】");
    assertThat(line(63).text()).isEqualTo("相关文章");
  }

  @Test
  void theBannerBeforeTheDocumentIsTheSite() {
    PageFurniture f = new PageFurniture();
    assertThat(f.isFurniture(line(1), true, false)).isTrue();
    assertThat(f.site()).contains(line(1));
    assertThat(f.isFurniture(line(2), true, false)).as("the title").isFalse();
    assertThat(f.isFurniture(line(4), true, true)).as("3、培育发展…, a heading").isFalse();
    assertThat(f.isFurniture(line(6), false, true)).as("a statement").isFalse();
    assertThat(f.partial()).isFalse();
    assertThat(f.totalPages()).isEmpty();
  }

  @Test
  void aBannerAfterTheTitleInsideTheDocumentIsText() {
    PageFurniture f = new PageFurniture();
    assertThat(f.isFurniture(line(1), false, true)).isFalse();
    assertThat(f.site()).isEmpty();
  }

  @Test
  void paginationStartsTheTrailerAndGivesThePageCount() {
    PageFurniture f = new PageFurniture();
    assertThat(f.isFurniture(line(56), false, true)).isFalse();
    assertThat(f.isFurniture(line(59), false, true)).isTrue();
    assertThat(f.totalPages()).hasValue(10);
    assertThat(f.isFurniture(line(60), false, true)).isTrue();
    assertThat(f.partial()).as("上面法规内容为部分内容…查看全文").isTrue();
    assertThat(f.isFurniture(line(61), false, true)).isTrue();
    assertThat(f.isFurniture(line(63), false, true)).isTrue();
    // Once the trailer has begun, every line is furniture, even one that reads as a statement.
    assertThat(f.isFurniture(line(6), false, true)).isTrue();
  }

  @Test
  void linksAloneOrTheRelatedHeadingStartTheTrailerToo() {
    PageFurniture links = new PageFurniture();
    assertThat(links.isFurniture(line(61), false, true)).isTrue();
    assertThat(links.isFurniture(line(6), false, true)).isTrue();
    PageFurniture related = new PageFurniture();
    assertThat(related.isFurniture(line(63), false, true)).isTrue();
    assertThat(related.isFurniture(line(6), false, true)).isTrue();
    assertThat(related.totalPages()).isEmpty();
  }

  @Test
  void aBannerAfterTheTrailerIsTheHeadOfTheNextPage() {
    PageFurniture f = new PageFurniture();
    assertThat(f.isFurniture(line(59), false, true)).isTrue();
    assertThat(f.atPageHeader()).isFalse();
    assertThat(f.isFurniture(line(1), false, true)).isTrue();
    assertThat(f.atPageHeader()).isTrue();
    f.headerEnded();
    assertThat(f.isFurniture(line(6), false, true)).as("the next page's text").isFalse();
  }

  @Test
  void aNewPageEndsTheTrailerAndItsBannerIsFurniture() {
    PageFurniture f = new PageFurniture();
    assertThat(f.isFurniture(line(59), false, true)).isTrue();
    f.pageStart();
    assertThat(f.atPageHeader()).isTrue();
    assertThat(f.banner(line(1))).isTrue();
    assertThat(f.site()).contains(line(1));
    assertThat(f.banner(line(42))).as("(二)深化社区建设…").isFalse();
    f.headerEnded();
    assertThat(f.atPageHeader()).isFalse();
    assertThat(f.isFurniture(line(42), false, true)).isFalse();
  }

  @Test
  void paginationAndLinkLinesAreScannedNotMatched() {
    assertThat(PageFurniture.paginationTotal(line(59).text())).isEqualTo("10");
    assertThat(PageFurniture.paginationTotal("共3页")).isEqualTo("3");
    assertThat(PageFurniture.paginationTotal(line(6).text())).isNull();
    assertThat(PageFurniture.isLinkLine(line(61).text())).isTrue();
    assertThat(PageFurniture.isLinkLine("【发表评论】 互动社区")).isFalse();
    assertThat(PageFurniture.isLinkLine("")).isFalse();
  }
}
