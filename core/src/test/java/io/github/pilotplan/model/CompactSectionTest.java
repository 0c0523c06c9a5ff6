package io.github.pilotplan.model;

import static io.github.pilotplan.testing.ValueContracts.equalsVerifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.json.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Section#of} makes a section holding its span's numbers ({@link CompactSection}); it equals,
 * hashes and writes JSON as the generated form of the same attributes.
 */
class CompactSectionTest {

  @Test
  void everySectionOfTheSeedEqualsItsGeneratedCopyAndWritesTheSameJson() throws Exception {
    Plan plan = PlanLoader.standard().load(Files.readString(Path.of("../seeds/000_8ddc76576f8f43b0.txt")));
    List<Section> all = plan.outline().stream().flatMap(Section::flatten).collect(Collectors.toList());
    assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(s).isInstanceOf(CompactSection.class));
    // The seed page starts inside (一): an inferred section without a span, then the rest with one.
    assertThat(all.get(0).isInferred()).isTrue();
    assertThat(all.get(0).source()).isEmpty();
    for (Section s : all) {
      Section copy = Section.builder().from(s).build();
      assertThat(copy).isNotInstanceOf(CompactSection.class);
      assertThat(s).isEqualTo(copy);
      assertThat(copy).isEqualTo(s);
      assertThat(s.hashCode()).isEqualTo(copy.hashCode());
      assertThat(s.source()).isEqualTo(copy.source());
      assertThat(PlanJson.MAPPER.writeValueAsString(s)).isEqualTo(PlanJson.MAPPER.writeValueAsString(copy));
      assertThat(PlanJson.MAPPER.readValue(PlanJson.MAPPER.writeValueAsString(s), Section.class)).isEqualTo(s);
    }
    // Line 4 of the seed: "  3、培育发展基层社区社会组织,…", the first numbered line of the page.
    Section second = all.get(1);
    assertThat(second.label().text()).isEqualTo("3");
    assertThat(second.source().orElseThrow().line()).isEqualTo(4);
    assertThat(second.source().orElseThrow().column()).isEqualTo(3);
    assertThat(plan.text().substring(second.source().get().offset())).startsWith("3、培育发展");
  }

  @Test
  void theSpanComesBackAsGivenAndTakesNoPartInEquality() {
    Section a = Section.of(Label.of(Level.ITEM, 2), ImmutableList.of(Label.of(Level.ITEM, 2)),
        Optional.of("加强培训"), ImmutableList.of(), false, Optional.of(SourceSpan.of(9, 3, 120, 8)));
    Section b = Section.of(Label.of(Level.ITEM, 2), ImmutableList.of(Label.of(Level.ITEM, 2)),
        Optional.of("加强培训"), ImmutableList.of(), false, Optional.of(SourceSpan.of(70, 1, 900, 2)));
    assertThat(a.source()).contains(SourceSpan.of(9, 3, 120, 8));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Section.of(Label.of(Level.ITEM, 2), ImmutableList.of(Label.of(Level.ITEM, 2)),
        Optional.empty(), ImmutableList.of(), false, Optional.of(SourceSpan.of(9, 3, 120, 8))));
  }

  @Test
  void equalsAndHashCodeFollowTheAttributesNotTheSpan() {
    equalsVerifier(CompactSection.class)
        .withIgnoredFields("line", "column", "offset", "length")
        .withPrefabValues(Section.class,
            Section.builder().label(Label.of(Level.ITEM, 1)).isInferred(false).build(),
            Section.builder().label(Label.of(Level.ITEM, 2)).isInferred(true).build())
        .verify();
  }
}
